package org.bayes4j.diagnostics.convergence;

import java.util.Arrays;

/**
 * Highest density interval of a unimodal posterior from draws, as ArviZ's
 * {@code hdi}: among the intervals {@code [x_(i), x_(i+k)]} of the sorted draws
 * that contain {@code k = floor(prob S)} draw gaps, the shortest (the first one on
 * ties). For a unimodal density the shortest interval of given probability is
 * the highest-density one (Chen and Shao 1999).
 */
public final class HighestDensityInterval {

    private HighestDensityInterval() {}

    /** {@code {lower, upper}}; NaNs when a draw is not finite. */
    public static double[] of(double[][] x, double prob) {
        if (!(prob > 0 && prob < 1)) throw new IllegalArgumentException("hdi: probability is " + prob + ", but must be in (0, 1)");
        double[] s = Draws2d.flatten(x);
        for (double v : s) if (!Double.isFinite(v)) return new double[] {Double.NaN, Double.NaN};
        Arrays.sort(s);
        int n = s.length;
        int k = (int) Math.floor(prob * n);
        int intervals = n - k;
        if (k == 0 || intervals <= 0) return new double[] {s[0], s[n - 1]};
        int best = 0;
        double bestWidth = Double.POSITIVE_INFINITY;
        for (int i = 0; i < intervals; i++) {
            double width = s[i + k] - s[i];
            if (width < bestWidth) {
                bestWidth = width;
                best = i;
            }
        }
        return new double[] {s[best], s[best + k]};
    }
}
