package org.bayes4j.diagnostics.provider;

import org.bayes4j.diagnostics.convergence.EffectiveSampleSize;

/** {@code ess_median}: effective sample size for the posterior median. */
public final class EssMedian extends PosteriorDiagnostic {
    public EssMedian() {
        super("ess_median", "effective sample size for the posterior median.", EffectiveSampleSize::median);
    }
}
