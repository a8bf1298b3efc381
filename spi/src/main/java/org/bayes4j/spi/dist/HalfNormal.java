package org.bayes4j.spi.dist;

import org.bayes4j.spi.model.DistributionSpec;

/** Half-normal on {@code (0, inf)} with scale {@code sigma}: family {@code half_normal}. */
public final class HalfNormal {
    private HalfNormal() {}
    public static DistributionSpec of(Object sigma) { return DistributionSpec.of("half_normal", sigma); }
}
