package org.bayes4j.distributions.multivariate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.junit.jupiter.api.Test;

/**
 * Certifies {@code ordered_probit(eta, cutpoints)} against the naive difference of Commons
 * Statistics' standard normal CDF (survival functions instead when the interval lies above 0).
 */
class OrderedProbitFamilyContractTest extends OrderedFamilyContract {

    @Override protected DistributionFamily family() { return new OrderedProbitFamily(); }

    @Override protected double referenceLogProbability(int k, double[] theta) {
        NormalDistribution f = NormalDistribution.of(0, 1);
        double u = k == CUTS ? Double.POSITIVE_INFINITY : theta[1 + k] - theta[0];
        double l = k == 0 ? Double.NEGATIVE_INFINITY : theta[k] - theta[0];
        // in the upper tail, 1 - Phi(l) would round to 0: difference of survival probabilities there
        if (l > 0) return Math.log(f.survivalProbability(l) - f.survivalProbability(u));
        return Math.log(f.cumulativeProbability(u) - f.cumulativeProbability(l));
    }

    @Test
    void extremeArgumentsStayFinite() {
        // far tails, where Phi(u) - Phi(l) underflows: log Phi(-40) = -804.608... (Abramowitz and Stegun 26.2.12)
        double lp = single(0, new double[] {40, 0, 1, 2});
        double asymptotic = -800 - 0.5 * Math.log(2 * Math.PI) - Math.log(40) + Math.log1p(-1.0 / 1600 + 3.0 / (1600.0 * 1600));
        assertTrue(Math.abs(lp - asymptotic) < 1e-8, "log P(y=0 | eta=40) = " + lp + ", asymptotic " + asymptotic);
        double middle = single(2, new double[] {-50, -1, 0, 1});
        assertTrue(Double.isFinite(middle), "log P(y=2 | eta=-50) = " + middle);
    }
}
