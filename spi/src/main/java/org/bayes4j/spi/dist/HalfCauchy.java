package org.bayes4j.spi.dist;

import org.bayes4j.spi.model.DistributionSpec;

/** Half-Cauchy on {@code (0, inf)} with scale {@code sigma}: family {@code half_cauchy}. */
public final class HalfCauchy {
    private HalfCauchy() {}
    public static DistributionSpec of(Object sigma) { return DistributionSpec.of("half_cauchy", sigma); }
}
