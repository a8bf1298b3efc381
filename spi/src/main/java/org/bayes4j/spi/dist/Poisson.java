package org.bayes4j.spi.dist;

import org.bayes4j.spi.model.DistributionSpec;

/**
 * Poisson counts: with rate {@code lambda} (family {@code poisson}) or with log rate
 * {@code alpha = log(lambda)} (family {@code poisson_log}, computed without forming the rate's log).
 */
public final class Poisson {
    private Poisson() {}
    public static DistributionSpec of(Object rate) { return DistributionSpec.of("poisson", rate); }
    public static DistributionSpec log(Object logRate) { return DistributionSpec.of("poisson_log", logRate); }
}
