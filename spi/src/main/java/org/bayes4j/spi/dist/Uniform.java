package org.bayes4j.spi.dist;

import org.bayes4j.spi.model.DistributionSpec;

/** Continuous uniform on {@code (lower, upper)}: family {@code uniform}. */
public final class Uniform {
    private Uniform() {}
    public static DistributionSpec of(Object lower, Object upper) { return DistributionSpec.of("uniform", lower, upper); }
}
