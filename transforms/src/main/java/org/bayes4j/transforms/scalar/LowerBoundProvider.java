package org.bayes4j.transforms.scalar;

import org.bayes4j.spi.bijector.Bijector;
import org.bayes4j.spi.bijector.BijectorProvider;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.LowerBounded;

/** Provides {@link LowerBoundBijector} for {@link LowerBounded}. */
public final class LowerBoundProvider implements BijectorProvider {
    @Override public String name() { return "lower_bound"; }
    @Override public String description() { return "y = a + exp(x): shifted log transform onto (a, inf)"; }
    @Override public String supportDescription() { return "greater_than(a)"; }
    @Override public boolean handles(Constraint constraint) { return constraint instanceof LowerBounded; }
    @Override public Bijector create(Constraint constraint, int[] shape) {
        if (!(constraint instanceof LowerBounded)) throw new IllegalArgumentException(name() + " cannot map onto " + constraint.name());
        return new LowerBoundBijector(constraint, shape, ((LowerBounded) constraint).lower());
    }
}
