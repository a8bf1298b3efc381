package org.bayes4j.diagnostics.provider;

import org.bayes4j.diagnostics.convergence.MonteCarloStandardError;

/** {@code mcse_median}: Monte Carlo standard error of the posterior median. */
public final class McseMedian extends PosteriorDiagnostic {
    public McseMedian() {
        super("mcse_median", "Monte Carlo standard error of the posterior median.", MonteCarloStandardError::median);
    }
}
