package org.bayes4j.distributions.multivariate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.statistics.distribution.LogisticDistribution;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.junit.jupiter.api.Test;

/**
 * Certifies {@code ordered_logistic(eta, cutpoints)} against the naive difference of Commons
 * Statistics' standard logistic CDF, on moderate arguments where that difference keeps full precision.
 */
class OrderedLogisticFamilyContractTest extends OrderedFamilyContract {

    @Override protected DistributionFamily family() { return new OrderedLogisticFamily(); }

    @Override protected double referenceLogProbability(int k, double[] theta) {
        LogisticDistribution f = LogisticDistribution.of(0, 1);
        double upper = k == CUTS ? 1 : f.cumulativeProbability(theta[1 + k] - theta[0]);
        double lower = k == 0 ? 0 : f.cumulativeProbability(theta[k] - theta[0]);
        return Math.log(upper - lower);
    }

    @Test
    void extremeArgumentsStayFinite() {
        // far tails: a naive difference of CDFs would give log(0) = -inf here
        double[] theta = {-40, 0, 1, 2};
        double lp = single(CUTS, theta);
        assertTrue(Double.isFinite(lp) && Math.abs(lp - (-40 - 2 - Math.log1p(Math.exp(-42)))) < 1e-9, "log P(y=3 | eta=-40) = " + lp);
        double middle = single(1, new double[] {3, -1e3, 0, 1e-9});
        assertTrue(Double.isFinite(middle), "log P(y=1) with a wide interval far in the tail = " + middle);
    }
}
