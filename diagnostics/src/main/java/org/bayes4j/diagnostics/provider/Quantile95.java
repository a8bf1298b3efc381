package org.bayes4j.diagnostics.provider;

import org.bayes4j.diagnostics.convergence.Quantiles;

/** {@code q95}: 95% quantile of all draws (type 7). */
public final class Quantile95 extends PosteriorDiagnostic {
    public Quantile95() {
        super("q95", "95% quantile of all draws (type 7).", x -> Quantiles.quantile(x, 0.95));
    }
}
