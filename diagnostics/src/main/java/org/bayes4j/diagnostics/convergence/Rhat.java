package org.bayes4j.diagnostics.convergence;

/**
 * Potential scale reduction factor R-hat (Gelman and Rubin 1992; BDA3 Section
 * 11.4; Vehtari et al. 2021).
 *
 * <p>For M chains of N draws, with chain means and unbiased chain variances,
 * {@code B = N var(chain means)}, {@code W = mean(chain variances)} and
 * {@code R = sqrt(((N-1)/N W + B/N) / W) = sqrt((B/W + N - 1) / N)}. It tends to 1
 * as the chains mix. The classic version uses split chains; the
 * rank-normalised version (Vehtari et al. 2021) uses the normal scores of the
 * split chains ({@code rhat_bulk}) and of the split chains folded about the median
 * ({@code rhat_tail}), and reports the larger.
 *
 * <p>NaN when a value is not finite, when all draws are equal, or with a single
 * (unsplit) chain, where the between-chain variance is undefined.
 */
public final class Rhat {

    private Rhat() {}

    /** R-hat of the chains as given. */
    public static double of(double[][] x) {
        if (Draws2d.undefined(x)) return Double.NaN;
        int chains = x.length;
        int n = x[0].length;
        double[] means = new double[chains];
        double meanWithin = 0;
        for (int c = 0; c < chains; c++) {
            means[c] = Moments.mean(x[c]);
            meanWithin += Moments.variance(x[c]);
        }
        meanWithin /= chains;
        double between = n * Moments.variance(means);
        return Math.sqrt((between / meanWithin + n - 1) / n);
    }

    /** Classic split R-hat ({@code rhat_basic}). */
    public static double basic(double[][] x) { return of(SplitChains.split(x)); }

    /** Classic R-hat without splitting ({@code rhat_basic(split = FALSE)}). */
    public static double basicNoSplit(double[][] x) { return of(x); }

    /** Rank-normalised split R-hat. */
    public static double bulk(double[][] x) { return of(RankNormalisation.zScale(SplitChains.split(x))); }

    /** Rank-normalised split R-hat of the draws folded about their median. */
    public static double tail(double[][] x) {
        return of(RankNormalisation.zScale(SplitChains.split(RankNormalisation.fold(x))));
    }

    /** {@code posterior}'s {@code rhat}: max(bulk, tail), NaN if either is. */
    public static double rhat(double[][] x) { return Math.max(bulk(x), tail(x)); }
}
