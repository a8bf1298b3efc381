package org.bayes4j.transforms.scalar;

import org.bayes4j.spi.bijector.Bijector;
import org.bayes4j.spi.bijector.BijectorProvider;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.UpperBounded;

/** Provides {@link UpperBoundBijector} for {@link UpperBounded}. */
public final class UpperBoundProvider implements BijectorProvider {
    @Override public String name() { return "upper_bound"; }
    @Override public String description() { return "y = b - exp(x): reflected log transform onto (-inf, b)"; }
    @Override public String supportDescription() { return "less_than(b)"; }
    @Override public boolean handles(Constraint constraint) { return constraint instanceof UpperBounded; }
    @Override public Bijector create(Constraint constraint, int[] shape) {
        if (!(constraint instanceof UpperBounded)) throw new IllegalArgumentException(name() + " cannot map onto " + constraint.name());
        return new UpperBoundBijector(constraint, shape, ((UpperBounded) constraint).upper());
    }
}
