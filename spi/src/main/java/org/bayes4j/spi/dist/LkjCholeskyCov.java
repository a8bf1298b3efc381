package org.bayes4j.spi.dist;

import org.bayes4j.spi.model.DistributionSpec;

/**
 * LKJ(eta) correlations with independent standard deviations from {@code sdDist} (a positive scalar family with
 * constant arguments, e.g. {@code Exponential.of(1)}), as the Cholesky factor L = diag(s) L_Omega of the
 * covariance: family {@code lkj_cholesky_cov}, option {@code sd_dist}. Leading axes of the variable are
 * independent covariances.
 */
public final class LkjCholeskyCov {
    private LkjCholeskyCov() {}
    public static DistributionSpec of(Object eta, DistributionSpec sdDist) {
        return DistributionSpec.of("lkj_cholesky_cov", eta).withOption("sd_dist", sdDist);
    }
}
