package org.bayes4j.diagnostics.convergence;

import java.util.Arrays;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Rank normalisation (Vehtari et al. 2021, "Rank-normalization, folding, and
 * localization", Section 4.1): every draw is replaced by its rank {@code r} among
 * all S draws of all chains (ties get their average rank, so discrete quantities
 * keep their number of distinct values), and the rank by the normal score
 * {@code z = Phi^{-1}((r - 3/8) / (S + 1/4))}, Blom's (1958) offset.
 *
 * <p>The normal scores have finite mean and variance whatever the tails of the
 * draws, so R-hat and ESS computed on them are defined for Cauchy-like
 * posteriors, and they are invariant to any strictly increasing transformation.
 * Folding, {@code |x - median(x)|}, turns the same device on the tails.
 */
public final class RankNormalisation {

    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);
    private static final double BLOM_OFFSET = 3.0 / 8.0;

    private RankNormalisation() {}

    /** Normal scores of the draws, same shape. NaN stays NaN. */
    public static double[][] zScale(double[][] x) {
        double[] flat = Draws2d.flatten(x);
        double[] ranks = averageRanks(flat);
        int s = flat.length;
        double[][] out = new double[x.length][];
        int k = 0;
        for (int c = 0; c < x.length; c++) {
            out[c] = new double[x[c].length];
            for (int i = 0; i < x[c].length; i++, k++) {
                out[c][i] = Double.isNaN(flat[k]) ? Double.NaN
                        : STANDARD_NORMAL.inverseCumulativeProbability((ranks[k] - BLOM_OFFSET) / (s - 2 * BLOM_OFFSET + 1));
            }
        }
        return out;
    }

    /** Draws folded about their median, {@code |x - median(x)|}: large where the draws are in either tail. */
    public static double[][] fold(double[][] x) {
        double median = Quantiles.median(x);
        return Draws2d.map(x, v -> Math.abs(v - median));
    }

    /**
     * 1-based ranks with ties replaced by the average of the ranks they span (R's {@code ties.method = "average"}).
     * The values are sorted once as primitives, and the ties of a value {@code v} occupy the sorted positions
     * {@code [lo, hi)} ({@code lo} values below it, {@code hi} not above it), so its rank is
     * {@code (lo + 1 + hi) / 2}; both bounds are binary searches under {@code <}, so {@code -0.0} ties with
     * {@code 0.0}. NaNs, which equal nothing, sort after every number and take distinct ranks there in order of
     * position, as a stable sort under {@link Double#compare} would give them.
     */
    public static double[] averageRanks(double[] values) {
        int n = values.length;
        double[] sorted = values.clone();
        Arrays.sort(sorted); // NaNs last
        int numbers = n;
        while (numbers > 0 && Double.isNaN(sorted[numbers - 1])) numbers--;
        double[] ranks = new double[n];
        int nextNaNRank = numbers + 1;
        for (int i = 0; i < n; i++) {
            double v = values[i];
            if (Double.isNaN(v)) {
                ranks[i] = nextNaNRank++;
                continue;
            }
            int lo = countBelow(sorted, numbers, v), hi = countNotAbove(sorted, numbers, v);
            ranks[i] = (lo + 1 + hi) / 2.0;
        }
        return ranks;
    }

    /** Number of the first {@code n} (sorted, no NaN) entries below {@code v}. */
    private static int countBelow(double[] sorted, int n, double v) {
        int lo = 0, hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /** Number of the first {@code n} (sorted, no NaN) entries not above {@code v}. */
    private static int countNotAbove(double[] sorted, int n, double v) {
        int lo = 0, hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= v) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
