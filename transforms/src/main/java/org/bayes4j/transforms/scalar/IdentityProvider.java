package org.bayes4j.transforms.scalar;

import org.bayes4j.spi.bijector.Bijector;
import org.bayes4j.spi.bijector.BijectorProvider;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.Real;

/** Provides {@link IdentityBijector} for {@link Real}. */
public final class IdentityProvider implements BijectorProvider {
    @Override public String name() { return "identity"; }
    @Override public String description() { return "y = x: the identity onto the real line"; }
    @Override public String supportDescription() { return "real"; }
    @Override public boolean handles(Constraint constraint) { return constraint instanceof Real; }
    @Override public Bijector create(Constraint constraint, int[] shape) {
        if (!handles(constraint)) throw new IllegalArgumentException(name() + " cannot map onto " + constraint.name());
        return new IdentityBijector(constraint, shape);
    }
}
