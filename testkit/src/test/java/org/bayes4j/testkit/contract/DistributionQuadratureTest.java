package org.bayes4j.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.bayes4j.spi.constraint.IntegerInterval;
import org.bayes4j.spi.constraint.Interval;
import org.bayes4j.spi.constraint.NonNegativeInteger;
import org.bayes4j.spi.constraint.Positive;
import org.bayes4j.spi.constraint.Real;
import org.junit.jupiter.api.Test;

/** The quadrature gets known masses right, and wrong ones visibly wrong, on every kind of support. */
class DistributionQuadratureTest {

    private static final double LOG_SQRT_TWO_PI = 0.5 * Math.log(2 * Math.PI);

    @Test
    void normalOnTheRealLineIntegratesToOne() {
        assertEquals(1, DistributionQuadrature.integrate(x -> -0.5 * (x - 3) * (x - 3) / 4 - Math.log(2) - LOG_SQRT_TWO_PI,
                Real.INSTANCE, 3, 2, 1e-11), 1e-9);
        // an unnormalised density (missing -log sigma) integrates to sigma
        assertEquals(2, DistributionQuadrature.integrate(x -> -0.5 * (x - 3) * (x - 3) / 4 - LOG_SQRT_TWO_PI,
                Real.INSTANCE, 3, 2, 1e-11), 1e-8);
    }

    @Test
    void heavyTailsAndHalfLinesIntegrateToOne() {
        // Cauchy: tails 1/x^2 handled by the transformed range, not truncated
        assertEquals(1, DistributionQuadrature.integrate(x -> -Math.log(Math.PI) - Math.log1p(x * x), Real.INSTANCE, 0, 1, 1e-11), 1e-9);
        // exponential(2) on (0, inf) and a gamma(0.5, 1) with its singularity at 0
        assertEquals(1, DistributionQuadrature.integrate(x -> Math.log(2) - 2 * x, Positive.INSTANCE, Math.log(0.35), 1, 1e-11), 1e-9);
        assertEquals(1, DistributionQuadrature.integrate(x -> -0.5 * Math.log(x) - x - 0.5 * Math.log(Math.PI),
                Positive.INSTANCE, -1.5, 2, 1e-11), 1e-8);
    }

    @Test
    void intervalsIntegrateToTheirWidthTimesTheDensity() {
        assertEquals(1, DistributionQuadrature.integrate(x -> -Math.log(5), new Interval(-2, 3), 0, 1, 1e-11), 1e-9);
        // Beta(2, 3): 12 y (1 - y)^2
        assertEquals(1, DistributionQuadrature.integrate(y -> Math.log(12 * y * (1 - y) * (1 - y)), new Interval(0, 1), 0, 1, 1e-11), 1e-9);
    }

    @Test
    void discreteSupportsAreSummed() {
        // Poisson(3.5)
        double rate = 3.5;
        assertEquals(1, DistributionQuadrature.sum(k -> {
            double lf = 0;
            for (int i = 2; i <= k; i++) lf += Math.log(i);
            return k * Math.log(rate) - rate - lf;
        }, NonNegativeInteger.INSTANCE), 1e-12);
        assertEquals(0.75, DistributionQuadrature.sum(k -> Math.log(0.25), new IntegerInterval(1, 3)), 1e-15);
    }
}
