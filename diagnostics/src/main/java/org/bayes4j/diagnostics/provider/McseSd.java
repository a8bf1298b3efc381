package org.bayes4j.diagnostics.provider;

import org.bayes4j.diagnostics.convergence.MonteCarloStandardError;

/** {@code mcse_sd}: Monte Carlo standard error of the posterior standard deviation. */
public final class McseSd extends PosteriorDiagnostic {
    public McseSd() {
        super("mcse_sd", "Monte Carlo standard error of the posterior standard deviation.", MonteCarloStandardError::sd);
    }
}
