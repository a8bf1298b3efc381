package org.bayes4j.diagnostics.provider;

import org.bayes4j.diagnostics.convergence.Moments;

/** {@code sd}: sample standard deviation of all draws. */
public final class PosteriorSd extends PosteriorDiagnostic {
    public PosteriorSd() {
        super("sd", "sample standard deviation of all draws.", x -> Moments.sd(x));
    }
}
