package org.bayes4j.spi.dist;

import org.bayes4j.spi.model.DistributionSpec;

/** Cauchy with location {@code mu} and scale {@code sigma}: family {@code cauchy}. */
public final class Cauchy {
    private Cauchy() {}
    public static DistributionSpec of(Object mu, Object sigma) { return DistributionSpec.of("cauchy", mu, sigma); }
}
