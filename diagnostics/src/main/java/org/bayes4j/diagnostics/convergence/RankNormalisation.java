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
     * 1-based ranks with ties replaced by the average of the ranks they span (R's {@code ties.method = "average"}):
     * the draws in ascending order ({@link SortedOrder}, NaNs last in order of position, as a stable sort under
     * {@link Double#compare} leaves them), then each run of equal values ({@code ==}, so {@code -0.0} ties with
     * {@code 0.0} and a NaN with nothing) given the mean of the positions it spans.
     */
    public static double[] averageRanks(double[] values) {
        int n = values.length;
        int[] order = SortedOrder.of(values);
        double[] ranks = new double[n];
        for (int i = 0; i < n; ) {
            int j = i;
            while (j + 1 < n && values[order[j + 1]] == values[order[i]]) j++;
            double average = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) ranks[order[k]] = average;
            i = j + 1;
        }
        return ranks;
    }
}
