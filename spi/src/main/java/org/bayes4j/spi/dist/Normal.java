package org.bayes4j.spi.dist;

import org.bayes4j.spi.model.DistributionSpec;

/** Normal distribution with mean {@code mu} and standard deviation {@code sigma}: family {@code normal}. */
public final class Normal {
    private Normal() {}
    public static DistributionSpec of(Object mu, Object sigma) { return DistributionSpec.of("normal", mu, sigma); }
}
