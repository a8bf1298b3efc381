package org.bayes4j.spi.dist;

import org.bayes4j.spi.model.DistributionSpec;

/**
 * Normal with scale {@code sigma} restricted to arrays summing to zero along their last {@code nAxes} axes
 * (default 1): family {@code zero_sum_normal}, option {@code n_zerosum_axes}. Each entry of a vector of
 * length K has variance sigma^2 (K-1)/K.
 */
public final class ZeroSumNormal {
    private ZeroSumNormal() {}
    public static DistributionSpec of(Object sigma) { return DistributionSpec.of("zero_sum_normal", sigma); }
    public static DistributionSpec of(Object sigma, int nAxes) { return of(sigma).withOption("n_zerosum_axes", nAxes); }
}
