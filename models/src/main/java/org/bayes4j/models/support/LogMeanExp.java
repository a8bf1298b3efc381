package org.bayes4j.models.support;

/**
 * The logarithm of a mean of exponentials, $\log \frac1n \sum_i e^{x_i}$,
 * computed as $m + \log \frac1n \sum_i e^{x_i - m}$ with $m = \max_i x_i$ so
 * that no term overflows and the largest does not underflow. It averages
 * likelihoods given on the log scale: the predictive density of a held-out
 * observation is the mean of its likelihood over posterior draws (and over
 * simulated new group effects), and averaging the log likelihoods instead
 * would underestimate it (Jensen's inequality).
 */
public final class LogMeanExp {

    private LogMeanExp() {}

    /** $\log \frac1n \sum_i e^{x_i}$; {@code -Infinity} when every term is; fails on an empty array or NaN. */
    public static double of(double[] x) {
        if (x.length == 0) throw new IllegalArgumentException("log-mean-exp of no values");
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i])) throw new IllegalArgumentException("log-mean-exp: term " + i + " is NaN");
            max = Math.max(max, x[i]);
        }
        if (max == Double.NEGATIVE_INFINITY || max == Double.POSITIVE_INFINITY) return max;
        double sum = 0;
        for (double v : x) sum += Math.exp(v - max);
        return max + Math.log(sum / x.length);
    }

    /** Per column {@code j}: the log-mean-exp of {@code x[r][j]} over the rows {@code r} (simulations, draws). */
    public static double[] overRows(double[][] x) {
        if (x.length == 0) throw new IllegalArgumentException("log-mean-exp over no rows");
        double[] column = new double[x.length];
        double[] out = new double[x[0].length];
        for (int j = 0; j < out.length; j++) {
            for (int r = 0; r < x.length; r++) column[r] = x[r][j];
            out[j] = of(column);
        }
        return out;
    }
}
