package org.bayes4j.transforms.scalar;

import org.bayes4j.spi.bijector.Bijector;
import org.bayes4j.spi.bijector.BijectorProvider;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.Probability;
import org.bayes4j.spi.constraint.UnitInterval;

/** Provides the logistic ({@link IntervalBijector} on (0, 1)) for {@link UnitInterval} and {@link Probability}; the closed interval's end points have probability zero under any density, so the open interval suffices. */
public final class LogitProvider implements BijectorProvider {
    @Override public String name() { return "logit"; }
    @Override public String description() { return "y = logistic(x): logit transform onto the unit interval"; }
    @Override public String supportDescription() { return "unit_interval, probability"; }
    @Override public boolean handles(Constraint constraint) { return constraint instanceof UnitInterval || constraint instanceof Probability; }
    @Override public Bijector create(Constraint constraint, int[] shape) {
        if (!handles(constraint)) throw new IllegalArgumentException(name() + " cannot map onto " + constraint.name());
        return new IntervalBijector(constraint, shape, 0.0, 1.0);
    }
}
