package org.bayes4j.distributions.multivariate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bayes4j.spi.constraint.ZeroSum;
import org.junit.jupiter.api.Test;

/**
 * Certifies {@code zero_sum_normal(sigma)} with {@code n_zerosum_axes = 2} on 2 x 3 arrays (rows and columns
 * sum to zero; a subspace of dimension 1 x 2): the same laws as the one-axis case, with the tensor-product
 * Helmert basis as reference coordinates. With two rows, an entry plus the one below it is identically zero,
 * so the contract's pairwise-sum variances (whose standard errors vanish there) are replaced by the exact
 * zero sums of every draw; the marginals are still checked by Kolmogorov-Smirnov against
 * $N(0, \sigma^2 \tfrac12 \cdot \tfrac23)$.
 */
class ZeroSumNormalTwoAxesFamilyContractTest extends ZeroSumNormalFamilyContractTest {

    @Override protected int[] shape() { return new int[] {2, 3}; }

    @Override protected double[] covariance(double[] sigma) { return null; }

    @Test
    void drawsSumToZeroAlongBothAxesWithTheProjectedVariance() {
        double[] draws = draw(new double[] {2}, 20_000, 77);
        ZeroSum support = ZeroSum.lastAxes(2);
        double square = 0;
        for (int d = 0; d < 20_000; d++) {
            double[] x = java.util.Arrays.copyOfRange(draws, d * 6, d * 6 + 6);
            assertTrue(support.contains(x, shape()), "draw " + d + " does not sum to zero");
            square += x[0] * x[0];
        }
        // E x_0^2 = 4 * (1/2)(2/3) = 4/3; x_0^2 / (4/3) ~ chi^2_1 with variance 2: 5 standard errors, false failure 5.7e-7
        double se = (4.0 / 3) * Math.sqrt(2.0 / 20_000);
        assertTrue(Math.abs(square / 20_000 - 4.0 / 3) < 5 * se, "second moment " + square / 20_000);
    }
}
