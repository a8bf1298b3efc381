package org.bayes4j.diagnostics.provider;

import org.bayes4j.diagnostics.convergence.MonteCarloStandardError;

/** {@code mcse_q95}: Monte Carlo standard error of the 95% quantile. */
public final class McseQ95 extends PosteriorDiagnostic {
    public McseQ95() {
        super("mcse_q95", "Monte Carlo standard error of the 95% quantile.", x -> MonteCarloStandardError.quantile(x, 0.95));
    }
}
