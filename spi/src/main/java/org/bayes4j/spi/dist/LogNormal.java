package org.bayes4j.spi.dist;

import org.bayes4j.spi.model.DistributionSpec;

/** Log-normal: {@code log y} is normal with mean {@code mu} and standard deviation {@code sigma}: family {@code lognormal}. */
public final class LogNormal {
    private LogNormal() {}
    public static DistributionSpec of(Object mu, Object sigma) { return DistributionSpec.of("lognormal", mu, sigma); }
}
