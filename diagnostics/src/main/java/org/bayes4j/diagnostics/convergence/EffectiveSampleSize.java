package org.bayes4j.diagnostics.convergence;

/**
 * Effective sample size of M chains of N draws (Vehtari et al. 2021, Section 3.2;
 * BDA3 Section 11.5; {@code posterior}'s {@code .ess}).
 *
 * <p>With within-chain autocovariances {@code gamma_{t,m}} averaged over chains,
 * {@code W = mean_m gamma_{0,m} N/(N-1)} and the pooled variance
 * {@code var+ = W (N-1)/N + var(chain means)} (the last term only for M > 1), the
 * autocorrelations are {@code rho_t = 1 - (W - mean_m gamma_{t,m}) / var+}. The
 * sum is truncated by Geyer's (1992) initial positive sequence (pairs
 * {@code rho_{2k} + rho_{2k+1}} summed while positive) and made monotone (each pair
 * is capped at the previous one). The integrated time is
 * {@code tau = -1 + 2 sum_{t < T} rho_t + rho_T}, the last term being Vehtari's
 * improvement for antithetic chains, bounded below by {@code 1 / log10(MN)} so
 * that the ESS never exceeds {@code MN log10(MN)}; {@code ESS = MN / tau}.
 *
 * <p>NaN (posterior's NA) when N &lt; 3, or a value is not finite, or all draws are
 * equal.
 */
public final class EffectiveSampleSize {

    private EffectiveSampleSize() {}

    /** ESS of the chains as given (call with split chains for split-ESS). */
    public static double ess(double[][] x) {
        int chains = x.length;
        int n = x[0].length;
        if (n < 3 || Draws2d.undefined(x)) return Double.NaN;
        double[] acovMean = new double[n];
        double[] chainMeans = new double[chains];
        for (int c = 0; c < chains; c++) {
            double[] acov = Autocovariance.of(x[c]);
            for (int t = 0; t < n; t++) acovMean[t] += acov[t];
            chainMeans[c] = Moments.mean(x[c]);
        }
        for (int t = 0; t < n; t++) acovMean[t] /= chains;
        double meanVar = acovMean[0] * n / (n - 1);
        double varPlus = meanVar * (n - 1) / n + (chains > 1 ? Moments.variance(chainMeans) : 0);

        double total = (double) chains * n;
        double tau = GeyerTruncation.integratedTime(t -> 1 - (meanVar - acovMean[t]) / varPlus, n, n, new double[n], total);
        return total / tau;
    }

    /** Classic split ESS of the draws ({@code ess_basic}, {@code ess_mean}). */
    public static double basic(double[][] x) { return ess(SplitChains.split(x)); }

    /** ESS without splitting ({@code ess_basic(split = FALSE)}). */
    public static double basicNoSplit(double[][] x) { return ess(x); }

    /** ESS of the rank-normalised split chains. */
    public static double bulk(double[][] x) { return ess(RankNormalisation.zScale(SplitChains.split(x))); }

    /** The smaller of the 5% and 95% quantile ESS. */
    public static double tail(double[][] x) { return Math.min(quantile(x, 0.05), quantile(x, 0.95)); }

    /**
     * ESS for the p-quantile: the split ESS of the indicator {@code I(x <= Q(p))},
     * whose mean is the probability the quantile estimate rests on.
     */
    public static double quantile(double[][] x, double p) {
        if (Draws2d.undefined(x)) return Double.NaN;
        double[] sorted = Quantiles.sorted(x);
        double prob = p == 1 ? (sorted.length - 0.5) / sorted.length : p;
        double q = Quantiles.quantileSorted(sorted, prob);
        return ess(SplitChains.split(Draws2d.map(x, v -> v <= q ? 1 : 0)));
    }

    public static double median(double[][] x) { return quantile(x, 0.5); }

    /** ESS for the standard deviation, as in posterior 1.4.0: that of the absolute deviations from the mean. */
    public static double sd(double[][] x) {
        double mean = Moments.mean(x);
        return ess(SplitChains.split(Draws2d.map(x, v -> Math.abs(v - mean))));
    }
}
