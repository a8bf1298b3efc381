package org.bayes4j.distributions.multivariate;

import java.util.Arrays;

import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.distributions.discrete.Counts;

/**
 * What the multinomial families share whatever their parameterisation: the
 * event shape (a scalar {@code n}, a vector of category parameters), the log
 * multinomial coefficient of a count vector, and exact draws by conditional
 * binomials.
 */
final class MultinomialCounts {

    private MultinomialCounts() {}

    /** The value's event shape: that of the vector parameter; {@code n} must be a scalar. */
    static int[] eventShape(String family, String vectorName, int[][] parameterEventShapes) {
        int[] n = parameterEventShapes[0], v = parameterEventShapes[1];
        if (n.length != 0 || v.length != 1) {
            throw new IllegalArgumentException(family + ": n has event shape " + Arrays.toString(n) + " and " + vectorName + " "
                    + Arrays.toString(v) + ", but n must be a scalar and " + vectorName + " a vector");
        }
        return v.clone();
    }

    /**
     * $\log\frac{n!}{\prod_j y_j!}$ for the counts {@code y[from..from+k)}, as the product of binomial coefficients
     * $\binom{n}{y_1}\binom{n - y_1}{y_2}\cdots$ ({@link Counts#logBinomialCoefficient}); $-\infty$ when
     * {@code n} is not a count or the $y_j$ are not counts summing to {@code n}. Families read it through
     * {@link CountCoefficients}, which computes it once per distinct count vector.
     */
    static double logCoefficient(double[] y, int from, int k, double n) {
        if (!Counts.isCount(n)) return Double.NEGATIVE_INFINITY;
        double lp = 0, remaining = n;
        for (int j = 0; j < k; j++) {
            double yj = y[from + j];
            if (!(yj >= 0 && yj == Math.rint(yj) && yj <= remaining)) return Double.NEGATIVE_INFINITY;
            lp += Counts.logBinomialCoefficient(remaining, yj);
            remaining -= yj;
        }
        return remaining == 0 ? lp : Double.NEGATIVE_INFINITY;
    }

    /**
     * An exact Multinomial(n, p) draw by conditional binomials,
     * $y_j \sim \mathrm{Binomial}(n - \sum_{i<j} y_i,\; p_j/(1 - \sum_{i<j} p_i))$, the last category taking
     * the rest; {@code p} is read from {@code p[pOffset..pOffset+k)} and the counts written to {@code out}.
     */
    static void draw(UniformRandomProvider rng, long n, double[] p, int pOffset, int k, double[] out, int outOffset) {
        long remaining = n;
        double remainingMass = 1;
        for (int j = 0; j < k; j++) {
            double pj = p[pOffset + j];
            long count;
            if (j == k - 1 || remaining == 0) {
                count = remaining;
            } else {
                double q = Math.min(1, Math.max(0, pj / remainingMass));
                count = q > 0.5 ? remaining - Counts.binomial(rng, remaining, 1 - q) : Counts.binomial(rng, remaining, q);
            }
            out[outOffset + j] = count;
            remaining -= count;
            remainingMass -= pj;
        }
    }
}
