package org.bayes4j.transforms.zerosum;

import org.bayes4j.spi.bijector.Bijector;
import org.bayes4j.spi.bijector.BijectorProvider;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.ZeroSum;

/** Provides {@link ZeroSumBijector} for {@link ZeroSum} over any set of trailing axes. */
public final class ZeroSumProvider implements BijectorProvider {
    @Override public String name() { return "zero_sum"; }
    @Override public String description() { return "Helmert isometry from R^(n-1) onto zero-sum vectors along each chosen axis, log|det J| = 0"; }
    @Override public String supportDescription() { return "zero_sum[axes]"; }
    @Override public boolean handles(Constraint constraint) { return constraint instanceof ZeroSum; }
    @Override public Bijector create(Constraint constraint, int[] shape) {
        if (!(constraint instanceof ZeroSum)) throw new IllegalArgumentException(name() + " cannot map onto " + constraint.name());
        return new ZeroSumBijector((ZeroSum) constraint, shape);
    }
}
