package org.bayes4j.diagnostics.convergence;

import java.util.Arrays;

/**
 * Sample quantiles of type 7 (Hyndman and Fan 1996; R's default): with the
 * sorted draws {@code x_(1) <= ... <= x_(S)} and {@code h = 1 + (S - 1) p},
 * {@code Q(p) = (1 - g) x_(floor h) + g x_(floor h + 1)}, {@code g = h - floor h}.
 * The median is {@code Q(0.5)}, i.e. the mean of the two middle draws for even S.
 */
public final class Quantiles {

    private Quantiles() {}

    public static double quantile(double[][] x, double p) { return quantileSorted(sorted(x), p); }

    public static double[] quantiles(double[][] x, double[] probs) {
        double[] s = sorted(x);
        double[] out = new double[probs.length];
        for (int i = 0; i < probs.length; i++) out[i] = quantileSorted(s, probs[i]);
        return out;
    }

    public static double median(double[][] x) { return median(Draws2d.flatten(x)); }

    /** Median as R's {@code median}: the middle draw, or the mean of the two middle draws. */
    public static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        if (n % 2 == 1) return s[n / 2];
        return Moments.mean(new double[] {s[n / 2 - 1], s[n / 2]});
    }

    /** Type-7 quantile of already sorted values; NaN when any value is NaN. */
    public static double quantileSorted(double[] s, double p) {
        if (!(p >= 0 && p <= 1)) throw new IllegalArgumentException("quantile: probability is " + p + ", but must be in [0, 1]");
        int n = s.length;
        if (n == 0) return Double.NaN;
        if (Double.isNaN(s[n - 1])) return Double.NaN;
        double index = 1 + (n - 1) * p;
        int lo = (int) Math.floor(index);
        int hi = (int) Math.ceil(index);
        double q = s[lo - 1];
        double h = index - lo;
        if (index > lo && s[hi - 1] != q) q = (1 - h) * q + h * s[hi - 1];
        return q;
    }

    static double[] sorted(double[][] x) {
        double[] s = Draws2d.flatten(x);
        Arrays.sort(s);
        return s;
    }
}
