package org.bayes4j.transforms.cholesky;

import org.bayes4j.spi.bijector.Bijector;
import org.bayes4j.spi.bijector.BijectorProvider;
import org.bayes4j.spi.constraint.CholeskyCorrelation;
import org.bayes4j.spi.constraint.Constraint;

/** Provides {@link CholeskyCorrelationBijector} for {@link CholeskyCorrelation}. */
public final class CholeskyCorrelationProvider implements BijectorProvider {
    @Override public String name() { return "cholesky_correlation"; }
    @Override public String description() { return "tanh to canonical partial correlations, filled into unit-norm rows: Stan's Cholesky-factor-of-correlation transform"; }
    @Override public String supportDescription() { return "cholesky_correlation"; }
    @Override public boolean handles(Constraint constraint) { return constraint instanceof CholeskyCorrelation; }
    @Override public Bijector create(Constraint constraint, int[] shape) {
        if (!handles(constraint)) throw new IllegalArgumentException(name() + " cannot map onto " + constraint.name());
        return new CholeskyCorrelationBijector(constraint, shape);
    }
}
