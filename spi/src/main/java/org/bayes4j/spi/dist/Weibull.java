package org.bayes4j.spi.dist;

import org.bayes4j.spi.model.DistributionSpec;

/** Weibull with shape {@code alpha} and scale {@code sigma}: family {@code weibull}. */
public final class Weibull {
    private Weibull() {}
    public static DistributionSpec of(Object alpha, Object sigma) { return DistributionSpec.of("weibull", alpha, sigma); }
}
