package org.bayes4j.spi.dist;

import org.bayes4j.spi.model.DistributionSpec;

/**
 * LKJ distribution of the Cholesky factor of a K x K correlation matrix with shape {@code eta}:
 * family {@code lkj_corr_cholesky}; K is the size of the variable's last two axes.
 */
public final class LkjCorrCholesky {
    private LkjCorrCholesky() {}
    public static DistributionSpec of(Object eta) { return DistributionSpec.of("lkj_corr_cholesky", eta); }
}
