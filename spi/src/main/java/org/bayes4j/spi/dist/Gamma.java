package org.bayes4j.spi.dist;

import org.bayes4j.spi.model.DistributionSpec;

/** Gamma with shape {@code alpha} and rate {@code beta} (mean {@code alpha / beta}): family {@code gamma}. */
public final class Gamma {
    private Gamma() {}
    public static DistributionSpec of(Object alpha, Object beta) { return DistributionSpec.of("gamma", alpha, beta); }
}
