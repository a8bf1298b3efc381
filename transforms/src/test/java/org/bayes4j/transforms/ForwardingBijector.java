package org.bayes4j.transforms;

import org.bayes4j.spi.bijector.Bijector;
import org.bayes4j.spi.constraint.Constraint;

/** Delegates every call; tests override one method to plant a specific bug. */
class ForwardingBijector implements Bijector {
    final Bijector delegate;

    ForwardingBijector(Bijector delegate) { this.delegate = delegate; }

    @Override public Constraint constraint() { return delegate.constraint(); }
    @Override public int[] shape() { return delegate.shape(); }
    @Override public int unconstrainedSize() { return delegate.unconstrainedSize(); }
    @Override public int constrainedSize() { return delegate.constrainedSize(); }
    @Override public double forward(double[] x, int xo, double[] y, int yo) { return delegate.forward(x, xo, y, yo); }
    @Override public void inverse(double[] y, int yo, double[] x, int xo) { delegate.inverse(y, yo, x, xo); }
    @Override public void backward(double[] x, int xo, double[] y, int yo, double[] yAdj, int yao, double logDetAdj,
                                   double[] xAdj, int xao) {
        delegate.backward(x, xo, y, yo, yAdj, yao, logDetAdj, xAdj, xao);
    }
}
