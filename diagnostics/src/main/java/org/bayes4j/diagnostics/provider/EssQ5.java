package org.bayes4j.diagnostics.provider;

import org.bayes4j.diagnostics.convergence.EffectiveSampleSize;

/** {@code ess_q5}: effective sample size for the 5% quantile. */
public final class EssQ5 extends PosteriorDiagnostic {
    public EssQ5() {
        super("ess_q5", "effective sample size for the 5% quantile.", x -> EffectiveSampleSize.quantile(x, 0.05));
    }
}
