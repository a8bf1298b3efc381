package org.bayes4j.testkit.contract;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * Goodness-of-fit checks of draws against a distribution, each failing with a stated
 * false-failure probability {@code alpha} when the draws are exact.
 *
 * <p><b>Kolmogorov-Smirnov</b> (continuous): $D_n = \sup_x |F_n(x) - F(x)|$ is compared with
 * $\varepsilon = \sqrt{\log(2/\alpha)/(2n)}$. By the Dvoretzky-Kiefer-Wolfowitz inequality with
 * Massart's constant, $P(D_n > \varepsilon) \le 2e^{-2n\varepsilon^2} = \alpha$ for every $n$: the
 * bound is exact, not asymptotic.
 *
 * <p><b>Pearson chi-square</b> (discrete): categories are merged in order until each expects at
 * least 5 draws, and $X^2 = \sum (O - E)^2/E$ is compared with the upper $\alpha$ quantile of
 * $\chi^2_{k-1}$ (asymptotic; with $E \ge 5$ the approximation is good to a small factor at
 * $\alpha = 10^{-6}$, Cochran 1954).
 *
 * <p><b>Moments</b>: a sample mean is within $z$ standard errors of the mean, a sample variance
 * within $z$ standard errors $\sqrt{m_4/n - \sigma^4 (n-3)/(n(n-1))}$ of the variance; $z = 5$ gives a two-sided
 * normal tail of $5.7\cdot 10^{-7}$ (central limit theorem, needs the fourth moment).
 */
public final class DistributionGoodnessOfFit {

    /** Two-sided normal quantile for moment checks: $P(|Z| > 5) = 5.7\cdot10^{-7}$. */
    public static final double Z = 5;

    private DistributionGoodnessOfFit() {}

    /** DKW critical value of $D_n$ at false-failure probability {@code alpha}. */
    public static double ksCriticalValue(int n, double alpha) { return Math.sqrt(Math.log(2 / alpha) / (2.0 * n)); }

    /** The Kolmogorov-Smirnov statistic of {@code draws} against {@code cdf}. */
    public static double ksStatistic(double[] draws, DoubleUnaryOperator cdf) {
        double[] x = draws.clone();
        Arrays.sort(x);
        int n = x.length;
        double d = 0;
        for (int i = 0; i < n; i++) {
            double f = cdf.applyAsDouble(x[i]);
            d = Math.max(d, Math.max((i + 1.0) / n - f, f - (double) i / n));
        }
        return d;
    }

    /** Throws when the KS statistic exceeds the DKW critical value at {@code alpha}. */
    public static void assertKolmogorovSmirnov(String what, double[] draws, DoubleUnaryOperator cdf, double alpha) {
        double d = ksStatistic(draws, cdf), critical = ksCriticalValue(draws.length, alpha);
        if (!(d <= critical)) {
            throw new AssertionError(what + ": Kolmogorov-Smirnov distance " + d + " of " + draws.length
                    + " draws exceeds " + critical + " (false-failure probability " + alpha + ")");
        }
    }

    /**
     * Pearson's test of integer draws against probabilities {@code mass[k]} of the values
     * {@code lowest + k}; the mass beyond the array (one minus its sum) is the last category's tail.
     */
    public static void assertChiSquare(String what, double[] draws, long lowest, double[] mass, double alpha) {
        int n = draws.length;
        // merge consecutive values into bins expecting at least 5 draws; binOf maps value index -> bin
        int[] binOf = new int[mass.length];
        double[] expected = new double[mass.length + 1];
        int bins = 0;
        double open = 0;
        for (int k = 0; k < mass.length; k++) {
            binOf[k] = bins;
            open += mass[k] * n;
            if (open >= 5) {
                expected[bins++] = open;
                open = 0;
            }
        }
        double tail = Math.max(0, 1 - Arrays.stream(mass).sum()) * n;
        open += tail;
        if (bins == 0) return; // a (near) point mass: nothing to test
        if (open > 0) {
            // the remainder joins the last complete bin
            expected[bins - 1] += open;
            for (int k = 0; k < mass.length; k++) if (binOf[k] == bins) binOf[k] = bins - 1;
        }
        if (bins < 2) return;
        double[] observed = new double[bins];
        for (double y : draws) {
            long k = (long) y - lowest;
            int bin = k < 0 ? 0 : k >= mass.length ? bins - 1 : binOf[(int) k];
            observed[bin]++;
        }
        double x2 = 0;
        for (int i = 0; i < bins; i++) {
            double diff = observed[i] - expected[i];
            x2 += diff * diff / expected[i];
        }
        double critical = ChiSquaredDistribution.of(bins - 1).inverseSurvivalProbability(alpha);
        if (!(x2 <= critical)) {
            throw new AssertionError(what + ": chi-square " + x2 + " on " + (bins - 1) + " degrees of freedom exceeds " + critical
                    + " (false-failure probability about " + alpha + "); observed " + Arrays.toString(observed)
                    + ", expected " + Arrays.toString(Arrays.copyOf(expected, bins)));
        }
    }

    /** Throws when the sample mean is more than {@link #Z} standard errors from {@code mean}. */
    public static void assertMean(String what, double[] draws, double mean, double variance) {
        int n = draws.length;
        double m = Arrays.stream(draws).sum() / n;
        double se = Math.sqrt((Double.isFinite(variance) ? variance : sampleVariance(draws, m)) / n);
        if (!(Math.abs(m - mean) <= Z * se)) {
            throw new AssertionError(what + ": sample mean " + m + " of " + n + " draws differs from " + mean + " by more than "
                    + Z + " standard errors (" + se + ")");
        }
    }

    /** Throws when the sample variance is more than {@link #Z} standard errors from {@code variance}. */
    public static void assertVariance(String what, double[] draws, double variance) {
        int n = draws.length;
        double m = Arrays.stream(draws).sum() / n;
        double s2 = sampleVariance(draws, m);
        double m4 = 0;
        for (double x : draws) {
            double d = (x - m) * (x - m);
            m4 += d * d;
        }
        m4 /= n;
        // Var(s^2) = m4/n - sigma^4 (n-3)/(n(n-1)) exactly (Cramer 1946, 27.4), with sample moments plugged in
        double se = Math.sqrt(Math.max(m4 / n - s2 * s2 * (n - 3.0) / ((double) n * (n - 1)), 0));
        if (!(Math.abs(s2 - variance) <= Z * se + 1e-12 * variance)) {
            throw new AssertionError(what + ": sample variance " + s2 + " of " + n + " draws differs from " + variance
                    + " by more than " + Z + " standard errors (" + se + ")");
        }
    }

    private static double sampleVariance(double[] draws, double mean) {
        double s = 0;
        for (double x : draws) s += (x - mean) * (x - mean);
        return s / (draws.length - 1);
    }
}
