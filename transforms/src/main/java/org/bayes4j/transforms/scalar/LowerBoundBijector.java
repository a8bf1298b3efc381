package org.bayes4j.transforms.scalar;

import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.transforms.EventBijector;

/**
 * The shifted exponential onto $(a, \infty)$ (with $a = 0$ for positive and
 * non-negative values):
 * $$y = a + e^x,\qquad x = \log(y - a),\qquad \log|\det J| = \sum_i x_i .$$
 * Derivation: $dy/dx = e^x$, so $\log|dy/dx| = x$, and $\partial_x \log|dy/dx| = 1$.
 * Vector-Jacobian product: $\bar x \mathrel{+}= \bar y\,e^x + \overline{\log|J|}$; the
 * factor $e^x = y - a$ is recomputed from $x$ rather than subtracted from $y$, which
 * would cancel when $y$ is close to $a$.
 * When $e^x$ is below half an ulp of $a$ the sum rounds onto the bound; the value is
 * then moved to the next double above $a$, so it stays in the open set.
 * Reference: Stan Reference Manual, "Lower bounded scalar".
 */
public final class LowerBoundBijector extends EventBijector {

    private final double lower;

    public LowerBoundBijector(Constraint constraint, int[] shape, double lower) {
        super(constraint, shape, 1, 1);
        this.lower = lower;
    }

    @Override protected String transformName() { return lower == 0 ? "log" : "lower_bound"; }

    @Override protected double forwardEvent(double[] x, int xo, double[] y, int yo) {
        y[yo] = lower + Math.exp(x[xo]);
        // e^x below half an ulp of the bound rounds onto it; step back inside the open half line
        if (y[yo] <= lower) y[yo] = Math.nextUp(lower);
        return x[xo];
    }

    @Override protected void inverseEvent(double[] y, int yo, double[] x, int xo) { x[xo] = Math.log(y[yo] - lower); }

    @Override protected void backwardEvent(double[] x, int xo, double[] y, int yo, double[] yAdj, int yao,
                                           double logDetAdj, double[] xAdj, int xao) {
        xAdj[xao] += yAdj[yao] * Math.exp(x[xo]) + logDetAdj;
    }
}
