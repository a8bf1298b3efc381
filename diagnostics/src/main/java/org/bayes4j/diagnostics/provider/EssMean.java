package org.bayes4j.diagnostics.provider;

import org.bayes4j.diagnostics.convergence.EffectiveSampleSize;

/** {@code ess_mean}: effective sample size for the posterior mean. */
public final class EssMean extends PosteriorDiagnostic {
    public EssMean() {
        super("ess_mean", "effective sample size for the posterior mean.", EffectiveSampleSize::basic);
    }
}
