package org.bayes4j.transforms.ordered;

import org.bayes4j.spi.bijector.Bijector;
import org.bayes4j.spi.bijector.BijectorProvider;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.PositiveOrdered;

/** Provides {@link OrderedBijector} for {@link PositiveOrdered}. */
public final class PositiveOrderedProvider implements BijectorProvider {
    @Override public String name() { return "positive_ordered"; }
    @Override public String description() { return "y_1 = exp(x_1), y_k = y_{k-1} + exp(x_k): Stan's positive ordered transform"; }
    @Override public String supportDescription() { return "positive_ordered"; }
    @Override public boolean handles(Constraint constraint) { return constraint instanceof PositiveOrdered; }
    @Override public Bijector create(Constraint constraint, int[] shape) {
        if (!handles(constraint)) throw new IllegalArgumentException(name() + " cannot map onto " + constraint.name());
        return new OrderedBijector(constraint, shape, true);
    }
}
