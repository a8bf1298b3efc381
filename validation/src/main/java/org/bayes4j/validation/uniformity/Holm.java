package org.bayes4j.validation.uniformity;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Holm's step-down procedure (Holm 1979, "A simple sequentially rejective
 * multiple test procedure", Scand. J. Statist. 6:65-70): with the p-values
 * sorted, {@code p_(1) <= ... <= p_(m)}, reject {@code H_(1), ..., H_(j)} for the
 * largest run with {@code p_(i) <= alpha / (m - i + 1)}. The probability of any
 * false rejection is at most {@code alpha} whatever the dependence between the
 * tests, and it rejects at least what Bonferroni does. NaN p-values (untested
 * hypotheses) are never rejected and do not count in {@code m}.
 */
public final class Holm {

    private Holm() {}

    public static boolean[] reject(double[] p, double alpha) {
        int m = (int) java.util.Arrays.stream(p).filter(v -> !Double.isNaN(v)).count();
        Integer[] order = new Integer[p.length];
        for (int i = 0; i < p.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingDouble(i -> Double.isNaN(p[i]) ? Double.POSITIVE_INFINITY : p[i]));
        boolean[] rejected = new boolean[p.length];
        for (int rank = 0; rank < m; rank++) {
            double pi = p[order[rank]];
            if (!(pi <= alpha / (m - rank))) break;
            rejected[order[rank]] = true;
        }
        return rejected;
    }
}
