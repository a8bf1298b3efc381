package org.bayes4j.transforms.scalar;

import org.bayes4j.spi.bijector.Bijector;
import org.bayes4j.spi.bijector.BijectorProvider;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.Interval;

/** Provides {@link IntervalBijector} for {@link Interval}. */
public final class IntervalProvider implements BijectorProvider {
    @Override public String name() { return "interval"; }
    @Override public String description() { return "y = a + (b - a) logistic(x): scaled logistic onto (a, b)"; }
    @Override public String supportDescription() { return "interval(a, b)"; }
    @Override public boolean handles(Constraint constraint) { return constraint instanceof Interval; }
    @Override public Bijector create(Constraint constraint, int[] shape) {
        if (!(constraint instanceof Interval)) throw new IllegalArgumentException(name() + " cannot map onto " + constraint.name());
        Interval interval = (Interval) constraint;
        return new IntervalBijector(constraint, shape, interval.lower(), interval.upper());
    }
}
