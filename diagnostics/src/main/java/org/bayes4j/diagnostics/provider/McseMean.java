package org.bayes4j.diagnostics.provider;

import org.bayes4j.diagnostics.convergence.MonteCarloStandardError;

/** {@code mcse_mean}: Monte Carlo standard error of the posterior mean. */
public final class McseMean extends PosteriorDiagnostic {
    public McseMean() {
        super("mcse_mean", "Monte Carlo standard error of the posterior mean.", MonteCarloStandardError::mean);
    }
}
