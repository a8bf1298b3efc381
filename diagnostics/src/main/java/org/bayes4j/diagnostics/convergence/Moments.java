package org.bayes4j.diagnostics.convergence;

/**
 * Sample mean and variance, computed in two passes with the correction term
 * of R's {@code mean} (the mean of the residuals from a first estimate is added
 * back), so that the summaries agree with R to the last few bits.
 *
 * <p>{@code var} is the unbiased sample variance {@code sum (x - xbar)^2 / (n - 1)},
 * as R's {@code var} and {@code sd}; it is NaN for fewer than two values.
 */
public final class Moments {

    private Moments() {}

    public static double mean(double[] x) {
        double s = 0;
        for (double v : x) s += v;
        double m = s / x.length;
        if (!Double.isFinite(m)) return m;
        double r = 0;
        for (double v : x) r += v - m;
        return m + r / x.length;
    }

    public static double variance(double[] x) {
        int n = x.length;
        if (n < 2) return Double.NaN;
        double m = mean(x);
        double ss = 0;
        for (double v : x) {
            double d = v - m;
            ss += d * d;
        }
        return ss / (n - 1);
    }

    public static double sd(double[] x) { return Math.sqrt(variance(x)); }

    public static double mean(double[][] x) { return mean(Draws2d.flatten(x)); }

    public static double sd(double[][] x) { return sd(Draws2d.flatten(x)); }
}
