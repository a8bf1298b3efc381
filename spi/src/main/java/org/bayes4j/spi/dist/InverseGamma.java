package org.bayes4j.spi.dist;

import org.bayes4j.spi.model.DistributionSpec;

/** Inverse gamma with shape {@code alpha} and scale {@code beta}: family {@code inv_gamma}. */
public final class InverseGamma {
    private InverseGamma() {}
    public static DistributionSpec of(Object alpha, Object beta) { return DistributionSpec.of("inv_gamma", alpha, beta); }
}
