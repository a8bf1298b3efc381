package org.bayes4j.diagnostics.provider;

import org.bayes4j.diagnostics.convergence.EffectiveSampleSize;

/** {@code ess_basic_nosplit}: effective sample size of the unsplit chains. */
public final class EssBasicNoSplit extends PosteriorDiagnostic {
    public EssBasicNoSplit() {
        super("ess_basic_nosplit", "effective sample size of the unsplit chains.", EffectiveSampleSize::basicNoSplit);
    }
}
