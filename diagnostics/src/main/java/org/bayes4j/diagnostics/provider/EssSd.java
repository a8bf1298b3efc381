package org.bayes4j.diagnostics.provider;

import org.bayes4j.diagnostics.convergence.EffectiveSampleSize;

/** {@code ess_sd}: effective sample size for the posterior standard deviation. */
public final class EssSd extends PosteriorDiagnostic {
    public EssSd() {
        super("ess_sd", "effective sample size for the posterior standard deviation.", EffectiveSampleSize::sd);
    }
}
