package org.bayes4j.distributions.combinators;

import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.Shapes;

/**
 * The closed interval $[L, U]$ with possibly infinite ends: the support of a censored family,
 * whose censoring points themselves carry mass (the SPI's {@code Interval} and half-lines are open).
 */
record ClosedInterval(double lower, double upper) implements Constraint {

    @Override public String name() { return "closed_interval(" + lower + ", " + upper + ")"; }

    @Override public int eventRank() { return 0; }

    @Override public boolean contains(double[] v, int[] shape) {
        for (int i = 0; i < Shapes.size(shape); i++) if (!(v[i] >= lower && v[i] <= upper) || Double.isInfinite(v[i])) return false;
        return true;
    }

    @Override public void feasiblePoint(int[] shape, double[] out) {
        double x = Double.isFinite(lower) ? (Double.isFinite(upper) ? 0.5 * (lower + upper) : lower + 1) : (Double.isFinite(upper) ? upper - 1 : 0);
        java.util.Arrays.fill(out, 0, Shapes.size(shape), x);
    }
}
