package org.bayes4j.diagnostics.provider;

import org.bayes4j.diagnostics.convergence.Moments;

/** {@code mean}: mean of all draws. */
public final class PosteriorMean extends PosteriorDiagnostic {
    public PosteriorMean() {
        super("mean", "mean of all draws.", x -> Moments.mean(x));
    }
}
