package org.bayes4j.transforms.ordered;

import org.bayes4j.spi.bijector.Bijector;
import org.bayes4j.spi.bijector.BijectorProvider;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.Ordered;

/** Provides {@link OrderedBijector} for {@link Ordered}. */
public final class OrderedProvider implements BijectorProvider {
    @Override public String name() { return "ordered"; }
    @Override public String description() { return "y_1 = x_1, y_k = y_{k-1} + exp(x_k): Stan's ordered transform"; }
    @Override public String supportDescription() { return "ordered"; }
    @Override public boolean handles(Constraint constraint) { return constraint instanceof Ordered; }
    @Override public Bijector create(Constraint constraint, int[] shape) {
        if (!handles(constraint)) throw new IllegalArgumentException(name() + " cannot map onto " + constraint.name());
        return new OrderedBijector(constraint, shape, false);
    }
}
