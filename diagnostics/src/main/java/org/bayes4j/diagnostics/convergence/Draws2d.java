package org.bayes4j.diagnostics.convergence;

import java.util.function.DoubleUnaryOperator;

/**
 * Elementary operations on a chains x iterations array that the diagnostics
 * share: flattening, element-wise maps, and the test for "undefined" input that
 * makes {@code posterior} return NA (a non-finite value, or all values within one
 * machine epsilon of each other).
 */
public final class Draws2d {

    /** R's {@code .Machine$double.eps}, the tolerance of {@code posterior}'s {@code is_constant}. */
    static final double CONSTANT_TOLERANCE = Math.ulp(1.0);

    private Draws2d() {}

    public static double[] flatten(double[][] x) {
        int total = 0;
        for (double[] chain : x) total += chain.length;
        double[] out = new double[total];
        int k = 0;
        for (double[] chain : x) {
            System.arraycopy(chain, 0, out, k, chain.length);
            k += chain.length;
        }
        return out;
    }

    public static double[][] map(double[][] x, DoubleUnaryOperator f) {
        double[][] out = new double[x.length][];
        for (int c = 0; c < x.length; c++) {
            out[c] = new double[x[c].length];
            for (int i = 0; i < x[c].length; i++) out[c][i] = f.applyAsDouble(x[c][i]);
        }
        return out;
    }

    /** True when a diagnostic is undefined here: some value is NaN or infinite, or max - min is below epsilon. */
    public static boolean undefined(double[][] x) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] chain : x) {
            for (double v : chain) {
                if (!Double.isFinite(v)) return true;
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        return Math.abs(hi - lo) < CONSTANT_TOLERANCE;
    }

    /** Checks the array is rectangular with at least one chain and one draw, naming what is wrong. */
    public static void requireRectangular(double[][] x) {
        if (x == null || x.length == 0) throw new IllegalArgumentException("draws: need at least one chain, got none");
        int n = x[0].length;
        if (n == 0) throw new IllegalArgumentException("draws: chain 0 has no draws");
        for (int c = 1; c < x.length; c++) {
            if (x[c].length != n) {
                throw new IllegalArgumentException("draws: chain " + c + " has " + x[c].length
                        + " draws, but chain 0 has " + n + "; all chains must have equal length");
            }
        }
    }
}
