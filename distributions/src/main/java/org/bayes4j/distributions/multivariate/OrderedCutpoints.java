package org.bayes4j.distributions.multivariate;

import java.util.Arrays;

/** Support checks shared by the ordered families: cutpoints must be finite and strictly increasing. */
final class OrderedCutpoints {

    private OrderedCutpoints() {}

    /** Whether {@code c[start .. start + m)} is finite and strictly increasing. */
    static boolean valid(double[] c, int start, int m) {
        for (int j = 0; j < m; j++) {
            if (!Double.isFinite(c[start + j]) || (j > 0 && !(c[start + j] > c[start + j - 1]))) return false;
        }
        return true;
    }

    /** The log density of {@code n} events whose shared cutpoints are out of support: $-\infty$ each (0 for an empty batch). */
    static double impossible(int n, double[] pointwise) {
        if (pointwise != null) Arrays.fill(pointwise, 0, n, Double.NEGATIVE_INFINITY);
        return n == 0 ? 0 : Double.NEGATIVE_INFINITY;
    }
}
