package org.bayes4j.spi.dist;

import org.bayes4j.spi.model.DistributionSpec;

/** Laplace (double exponential) with location {@code mu} and scale {@code b}: family {@code laplace}. */
public final class Laplace {
    private Laplace() {}
    public static DistributionSpec of(Object mu, Object b) { return DistributionSpec.of("laplace", mu, b); }
}
