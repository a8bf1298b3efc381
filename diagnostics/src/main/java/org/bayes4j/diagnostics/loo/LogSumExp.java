package org.bayes4j.diagnostics.loo;

/**
 * {@code log sum_i exp(a_i)} without overflow: {@code m + log sum_i exp(a_i - m)}
 * with {@code m = max a_i} (so the largest term is exactly 1).
 */
final class LogSumExp {

    private LogSumExp() {}

    static double of(double[] a) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : a) max = Math.max(max, v);
        if (max == Double.NEGATIVE_INFINITY || Double.isNaN(max)) return max;
        double s = 0;
        for (double v : a) s += Math.exp(v - max);
        return max + Math.log(s);
    }
}
