package org.bayes4j.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * Each goodness-of-fit check accepts exact draws and rejects wrong ones. Fixed seeds; the accepting
 * cases fail with probability at most 1e-6 (KS, DKW bound), about 1e-6 (chi-square) and 5.7e-7 per
 * moment check, so a failure here is a bug, not bad luck.
 */
class DistributionGoodnessOfFitTest {

    private static double[] uniforms(long seed, int n, double shift) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        double[] u = new double[n];
        for (int i = 0; i < n; i++) u[i] = rng.nextDouble() + shift;
        return u;
    }

    @Test
    void kolmogorovSmirnovAcceptsExactAndRejectsShiftedDraws() {
        java.util.function.DoubleUnaryOperator cdf = x -> Math.min(1, Math.max(0, x));
        DistributionGoodnessOfFit.assertKolmogorovSmirnov("uniform", uniforms(1, 20_000, 0), cdf, 1e-6);
        assertThrows(AssertionError.class,
                () -> DistributionGoodnessOfFit.assertKolmogorovSmirnov("shifted", uniforms(2, 20_000, 0.03), cdf, 1e-6));
    }

    @Test
    void chiSquareAcceptsExactAndRejectsBiasedCounts() {
        double[] mass = {0.1, 0.2, 0.3, 0.4};
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(3);
        double[] exact = new double[20_000], biased = new double[20_000];
        for (int i = 0; i < exact.length; i++) {
            double u = rng.nextDouble();
            exact[i] = u < 0.1 ? 0 : u < 0.3 ? 1 : u < 0.6 ? 2 : 3;
            biased[i] = u < 0.12 ? 0 : u < 0.3 ? 1 : u < 0.6 ? 2 : 3;
        }
        DistributionGoodnessOfFit.assertChiSquare("categorical", exact, 0, mass, 1e-6);
        assertThrows(AssertionError.class, () -> DistributionGoodnessOfFit.assertChiSquare("biased", biased, 0, mass, 1e-6));
    }

    @Test
    void momentChecksAcceptExactAndRejectWrongMoments() {
        double[] u = uniforms(4, 20_000, 0);
        DistributionGoodnessOfFit.assertMean("uniform", u, 0.5, 1.0 / 12);
        DistributionGoodnessOfFit.assertVariance("uniform", u, 1.0 / 12);
        assertThrows(AssertionError.class, () -> DistributionGoodnessOfFit.assertMean("uniform", u, 0.52, 1.0 / 12));
        assertThrows(AssertionError.class, () -> DistributionGoodnessOfFit.assertVariance("uniform", u, 1.1 / 12));
    }
}
