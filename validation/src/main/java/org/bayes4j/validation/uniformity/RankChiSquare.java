package org.bayes4j.validation.uniformity;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * Pearson's chi-square test that values in (0, 1) are uniform, on {@code B}
 * equal bins (Talts et al. 2018, section 4.1: binned rank histograms). The
 * bin count keeps about five expected values per bin or more: {@code B =
 * clamp(floor(N / 5), 2, 20)}. The statistic {@code sum (O_b - N/B)^2 / (N/B)}
 * is compared with chi-square on {@code B - 1} degrees of freedom.
 */
public final class RankChiSquare {

    private RankChiSquare() {}

    public static int bins(int n) { return Math.max(2, Math.min(20, n / 5)); }

    /** Counts of {@code u} per bin {@code floor(u B)}. */
    public static int[] histogram(double[] u, int bins) {
        int[] h = new int[bins];
        for (double v : u) h[Math.min(bins - 1, Math.max(0, (int) Math.floor(v * bins)))]++;
        return h;
    }

    public static double statistic(int[] histogram, int n) {
        double expected = (double) n / histogram.length;
        double s = 0;
        for (int o : histogram) s += (o - expected) * (o - expected) / expected;
        return s;
    }

    /** Upper-tail p-value of the chi-square statistic of {@code u}. */
    public static double pValue(double[] u) {
        int b = bins(u.length);
        return ChiSquaredDistribution.of(b - 1).survivalProbability(statistic(histogram(u, b), u.length));
    }
}
