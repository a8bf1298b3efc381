package org.bayes4j.diagnostics.kfold;

/**
 * {@code log((1/n) sum_i exp(a_i))}, the log of a mean taken on the probability
 * scale, as {@code m + log(sum_i exp(a_i - m)) - log n} with {@code m = max a_i}
 * (no overflow, and the largest term is exactly 1). All {@code -Infinity} gives
 * {@code -Infinity} (zero density).
 */
final class LogMeanExp {

    private LogMeanExp() {}

    static double of(double[] a) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : a) max = Math.max(max, v);
        if (max == Double.NEGATIVE_INFINITY) return max;
        double s = 0;
        for (double v : a) s += Math.exp(v - max);
        return max + Math.log(s) - Math.log(a.length);
    }
}
