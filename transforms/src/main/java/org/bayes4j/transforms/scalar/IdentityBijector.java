package org.bayes4j.transforms.scalar;

import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.transforms.EventBijector;

/**
 * The identity onto the real line: $y = x$, $x = y$, $\log|\det J| = 0$, and
 * the vector-Jacobian product is $\bar x \mathrel{+}= \bar y$ (the
 * log-determinant is constant, so its adjoint contributes nothing).
 */
public final class IdentityBijector extends EventBijector {

    public IdentityBijector(Constraint constraint, int[] shape) { super(constraint, shape, 1, 1); }

    @Override protected String transformName() { return "identity"; }

    @Override protected double forwardEvent(double[] x, int xo, double[] y, int yo) {
        y[yo] = x[xo];
        return 0;
    }

    @Override protected void inverseEvent(double[] y, int yo, double[] x, int xo) { x[xo] = y[yo]; }

    @Override protected void backwardEvent(double[] x, int xo, double[] y, int yo, double[] yAdj, int yao,
                                           double logDetAdj, double[] xAdj, int xao) {
        xAdj[xao] += yAdj[yao];
    }
}
