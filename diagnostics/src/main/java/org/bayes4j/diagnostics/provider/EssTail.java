package org.bayes4j.diagnostics.provider;

import org.bayes4j.diagnostics.convergence.EffectiveSampleSize;

/** {@code ess_tail}: smaller of the 5% and 95% quantile effective sample sizes. */
public final class EssTail extends PosteriorDiagnostic {
    public EssTail() {
        super("ess_tail", "smaller of the 5% and 95% quantile effective sample sizes.", EffectiveSampleSize::tail);
    }
}
