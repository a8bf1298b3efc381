package org.bayes4j.transforms.scalar;

import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.transforms.EventBijector;

/**
 * The reflected exponential onto $(-\infty, b)$:
 * $$y = b - e^x,\qquad x = \log(b - y),\qquad \log|\det J| = \sum_i x_i .$$
 * Derivation: $dy/dx = -e^x$, so $\log|dy/dx| = x$ with derivative 1.
 * Vector-Jacobian product: $\bar x \mathrel{+}= -\bar y\,e^x + \overline{\log|J|}$.
 * A value that rounds onto $b$ (when $e^x$ is below half an ulp of $b$) is moved to
 * the next double below $b$, so it stays in the open set.
 * Reference: Stan Reference Manual, "Upper bounded scalar".
 */
public final class UpperBoundBijector extends EventBijector {

    private final double upper;

    public UpperBoundBijector(Constraint constraint, int[] shape, double upper) {
        super(constraint, shape, 1, 1);
        this.upper = upper;
    }

    @Override protected String transformName() { return "upper_bound"; }

    @Override protected double forwardEvent(double[] x, int xo, double[] y, int yo) {
        y[yo] = upper - Math.exp(x[xo]);
        // e^x below half an ulp of the bound rounds onto it; step back inside the open half line
        if (y[yo] >= upper) y[yo] = Math.nextDown(upper);
        return x[xo];
    }

    @Override protected void inverseEvent(double[] y, int yo, double[] x, int xo) { x[xo] = Math.log(upper - y[yo]); }

    @Override protected void backwardEvent(double[] x, int xo, double[] y, int yo, double[] yAdj, int yao,
                                           double logDetAdj, double[] xAdj, int xao) {
        xAdj[xao] += -yAdj[yao] * Math.exp(x[xo]) + logDetAdj;
    }
}
