package org.bayes4j.spi.dist;

import org.bayes4j.spi.model.DistributionSpec;

/**
 * Multivariate normal with mean vector {@code mu} and covariance {@code L L^T} given its lower
 * Cholesky factor {@code L}: family {@code multi_normal_cholesky}.
 */
public final class MvNormal {
    private MvNormal() {}
    public static DistributionSpec cholesky(Object mu, Object choleskyFactor) {
        return DistributionSpec.of("multi_normal_cholesky", mu, choleskyFactor);
    }
}
