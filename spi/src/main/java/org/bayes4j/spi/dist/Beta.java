package org.bayes4j.spi.dist;

import org.bayes4j.spi.model.DistributionSpec;

/** Beta on {@code (0, 1)} with shapes {@code alpha} and {@code beta}: family {@code beta}. */
public final class Beta {
    private Beta() {}
    public static DistributionSpec of(Object alpha, Object beta) { return DistributionSpec.of("beta", alpha, beta); }
}
