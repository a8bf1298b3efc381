package org.bayes4j.diagnostics.provider;

import org.bayes4j.diagnostics.convergence.MonteCarloStandardError;

/** {@code mcse_q5}: Monte Carlo standard error of the 5% quantile. */
public final class McseQ5 extends PosteriorDiagnostic {
    public McseQ5() {
        super("mcse_q5", "Monte Carlo standard error of the 5% quantile.", x -> MonteCarloStandardError.quantile(x, 0.05));
    }
}
