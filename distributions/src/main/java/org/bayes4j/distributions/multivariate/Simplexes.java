package org.bayes4j.distributions.multivariate;

import org.bayes4j.spi.constraint.Simplex;
import org.bayes4j.spi.distribution.Operand;

/** Checks of simplex arguments, with the same tolerance as the {@link Simplex} constraint. */
final class Simplexes {

    private Simplexes() {}

    /** True when event {@code b} of {@code p} has entries in [0, 1] summing to 1 within {@link Simplex#SUM_TOLERANCE}. */
    static boolean isSimplex(Operand p, int b, int k) {
        double sum = 0;
        for (int j = 0; j < k; j++) {
            double x = p.get(b, j);
            if (!(x >= 0 && x <= 1)) return false;
            sum += x;
        }
        return Math.abs(sum - 1) <= Simplex.SUM_TOLERANCE;
    }

    /** Throws naming the family, parameter, entry and value when a constant is not a simplex (events of any length summed whole). */
    static void check(String family, String parameter, double[] values) {
        double sum = 0;
        for (int j = 0; j < values.length; j++) {
            if (!(values[j] >= 0 && values[j] <= 1)) {
                throw new IllegalArgumentException(family + ": " + parameter + "[" + j + "] is " + values[j]
                        + ", but must be in [0, 1] (a simplex)");
            }
            sum += values[j];
        }
        // a constant of several events sums to their count
        double events = Math.rint(sum);
        if (events < 1 || Math.abs(sum - events) > Simplex.SUM_TOLERANCE * Math.max(1, events)) {
            throw new IllegalArgumentException(family + ": " + parameter + " sums to " + sum + ", but must sum to 1 (a simplex)");
        }
    }
}
