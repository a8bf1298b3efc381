package org.bayes4j.transforms.cholesky;

import org.bayes4j.spi.bijector.Bijector;
import org.bayes4j.spi.bijector.BijectorProvider;
import org.bayes4j.spi.constraint.PositiveDefinite;
import org.bayes4j.spi.constraint.Constraint;

/** Provides {@link CovarianceMatrixBijector} for {@link PositiveDefinite}. */
public final class CovarianceMatrixProvider implements BijectorProvider {
    @Override public String name() { return "covariance"; }
    @Override public String description() { return "L L^T with L a Cholesky factor of a covariance matrix: Stan's covariance-matrix transform"; }
    @Override public String supportDescription() { return "positive_definite"; }
    @Override public boolean handles(Constraint constraint) { return constraint instanceof PositiveDefinite; }
    @Override public Bijector create(Constraint constraint, int[] shape) {
        if (!handles(constraint)) throw new IllegalArgumentException(name() + " cannot map onto " + constraint.name());
        return new CovarianceMatrixBijector(constraint, shape);
    }
}
