package org.bayes4j.validation.uniformity;

import org.apache.commons.statistics.distribution.BinomialDistribution;

/**
 * Acceptance range for interval coverage across replicates. If central
 * {@code level} intervals are calibrated, the number of {@code R} replicates
 * whose interval covers the truth is {@code Binomial(R, level)} (replicates are
 * independent); the central acceptance range {@code [q(a/2), q(1 - a/2)]}
 * (binomial quantiles, smallest {@code x} with {@code F(x) >= p}) fails a
 * calibrated interval with probability at most {@code a}.
 */
public final class CoverageTolerance {

    private CoverageTolerance() {}

    /** {@code {lower, upper}} counts accepted at false-failure probability at most {@code a}. */
    public static int[] acceptance(int replicates, double level, double a) {
        BinomialDistribution b = BinomialDistribution.of(replicates, level);
        return new int[] {b.inverseCumulativeProbability(a / 2), b.inverseCumulativeProbability(1 - a / 2)};
    }

    public static boolean accepts(int covered, int replicates, double level, double a) {
        int[] r = acceptance(replicates, level, a);
        return covered >= r[0] && covered <= r[1];
    }
}
