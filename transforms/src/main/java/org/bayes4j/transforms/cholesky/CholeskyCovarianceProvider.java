package org.bayes4j.transforms.cholesky;

import org.bayes4j.spi.bijector.Bijector;
import org.bayes4j.spi.bijector.BijectorProvider;
import org.bayes4j.spi.constraint.CholeskyCovariance;
import org.bayes4j.spi.constraint.Constraint;

/** Provides {@link CholeskyCovarianceBijector} for {@link CholeskyCovariance}. */
public final class CholeskyCovarianceProvider implements BijectorProvider {
    @Override public String name() { return "cholesky_covariance"; }
    @Override public String description() { return "exp on the diagonal, identity below it: Stan's Cholesky-factor-of-covariance transform"; }
    @Override public String supportDescription() { return "cholesky_covariance"; }
    @Override public boolean handles(Constraint constraint) { return constraint instanceof CholeskyCovariance; }
    @Override public Bijector create(Constraint constraint, int[] shape) {
        if (!handles(constraint)) throw new IllegalArgumentException(name() + " cannot map onto " + constraint.name());
        return new CholeskyCovarianceBijector(constraint, shape);
    }
}
