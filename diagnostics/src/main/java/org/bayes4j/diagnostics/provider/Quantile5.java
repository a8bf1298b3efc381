package org.bayes4j.diagnostics.provider;

import org.bayes4j.diagnostics.convergence.Quantiles;

/** {@code q5}: 5% quantile of all draws (type 7). */
public final class Quantile5 extends PosteriorDiagnostic {
    public Quantile5() {
        super("q5", "5% quantile of all draws (type 7).", x -> Quantiles.quantile(x, 0.05));
    }
}
