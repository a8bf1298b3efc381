package org.bayes4j.distributions.combinators;

import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.Shapes;

/**
 * The extended real line $[-\infty, \infty]$ (every value but NaN): the set of a truncation or
 * censoring bound, where $\pm\infty$ means "no bound on this side".
 */
record ExtendedReal() implements Constraint {
    static final ExtendedReal INSTANCE = new ExtendedReal();

    @Override public String name() { return "extended_real"; }

    @Override public int eventRank() { return 0; }

    @Override public boolean contains(double[] v, int[] shape) {
        for (int i = 0; i < Shapes.size(shape); i++) if (Double.isNaN(v[i])) return false;
        return true;
    }

    @Override public void feasiblePoint(int[] shape, double[] out) { java.util.Arrays.fill(out, 0, Shapes.size(shape), 0.0); }
}
