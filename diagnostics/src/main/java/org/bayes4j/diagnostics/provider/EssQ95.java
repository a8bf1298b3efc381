package org.bayes4j.diagnostics.provider;

import org.bayes4j.diagnostics.convergence.EffectiveSampleSize;

/** {@code ess_q95}: effective sample size for the 95% quantile. */
public final class EssQ95 extends PosteriorDiagnostic {
    public EssQ95() {
        super("ess_q95", "effective sample size for the 95% quantile.", x -> EffectiveSampleSize.quantile(x, 0.95));
    }
}
