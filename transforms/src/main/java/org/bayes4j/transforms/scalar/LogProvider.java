package org.bayes4j.transforms.scalar;

import org.bayes4j.spi.bijector.Bijector;
import org.bayes4j.spi.bijector.BijectorProvider;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.NonNegative;
import org.bayes4j.spi.constraint.Positive;

/** Provides the exponential ({@link LowerBoundBijector} with bound 0) for {@link Positive} and {@link NonNegative}; the latter's boundary point 0 has probability zero under any density, so the open half line suffices. */
public final class LogProvider implements BijectorProvider {
    @Override public String name() { return "log"; }
    @Override public String description() { return "y = exp(x): log transform onto the positive half line"; }
    @Override public String supportDescription() { return "positive, nonnegative"; }
    @Override public boolean handles(Constraint constraint) { return constraint instanceof Positive || constraint instanceof NonNegative; }
    @Override public Bijector create(Constraint constraint, int[] shape) {
        if (!handles(constraint)) throw new IllegalArgumentException(name() + " cannot map onto " + constraint.name());
        return new LowerBoundBijector(constraint, shape, 0.0);
    }
}
