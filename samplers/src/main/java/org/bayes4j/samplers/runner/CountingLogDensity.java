package org.bayes4j.samplers.runner;

import org.bayes4j.spi.density.LogDensity;

/**
 * A chain's evaluator with a tally of gradient evaluations (reported as
 * {@link org.bayes4j.spi.draws.ChainDraws#gradientEvaluations()}: leapfrog steps,
 * step-size searches and initialisation, warm-up included). Single-threaded like
 * the evaluator it wraps.
 */
public final class CountingLogDensity implements LogDensity {

    private final LogDensity inner;
    private long numGradients;

    public CountingLogDensity(LogDensity inner) { this.inner = inner; }

    public long numGradients() { return numGradients; }

    @Override public int dimension() { return inner.dimension(); }

    @Override public double logDensity(double[] theta) { return inner.logDensity(theta); }

    @Override public double logDensityGradient(double[] theta, double[] gradOut) {
        numGradients++;
        return inner.logDensityGradient(theta, gradOut);
    }
}
