package org.bayes4j.diagnostics.provider;

import org.bayes4j.diagnostics.convergence.Quantiles;

/** {@code median}: median of all draws. */
public final class PosteriorMedian extends PosteriorDiagnostic {
    public PosteriorMedian() {
        super("median", "median of all draws.", x -> Quantiles.median(x));
    }
}
