package org.bayes4j.transforms.cholesky;

import org.bayes4j.spi.bijector.Bijector;
import org.bayes4j.spi.bijector.BijectorProvider;
import org.bayes4j.spi.constraint.Correlation;
import org.bayes4j.spi.constraint.Constraint;

/** Provides {@link CorrelationMatrixBijector} for {@link Correlation}. */
public final class CorrelationMatrixProvider implements BijectorProvider {
    @Override public String name() { return "correlation"; }
    @Override public String description() { return "L L^T with L a Cholesky factor of a correlation matrix: Stan's correlation-matrix transform"; }
    @Override public String supportDescription() { return "correlation"; }
    @Override public boolean handles(Constraint constraint) { return constraint instanceof Correlation; }
    @Override public Bijector create(Constraint constraint, int[] shape) {
        if (!handles(constraint)) throw new IllegalArgumentException(name() + " cannot map onto " + constraint.name());
        return new CorrelationMatrixBijector(constraint, shape);
    }
}
