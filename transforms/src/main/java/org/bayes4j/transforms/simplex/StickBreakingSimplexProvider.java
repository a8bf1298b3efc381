package org.bayes4j.transforms.simplex;

import org.bayes4j.spi.bijector.Bijector;
import org.bayes4j.spi.bijector.BijectorProvider;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.Simplex;

/**
 * Provides {@link StickBreakingSimplex} for {@link Simplex}: the default, active
 * unless {@link SimplexTransformOption} selects {@code ilr}.
 */
public final class StickBreakingSimplexProvider implements BijectorProvider {
    @Override public String name() { return SimplexTransformOption.STICK_BREAKING; }
    @Override public String description() { return "Stan's stick-breaking transform onto the simplex (default; -D"
            + SimplexTransformOption.PROPERTY + "=" + SimplexTransformOption.ILR + " selects ilr instead)"; }
    @Override public String supportDescription() { return "simplex"; }
    @Override public boolean handles(Constraint constraint) {
        return constraint instanceof Simplex && SimplexTransformOption.selected().equals(SimplexTransformOption.STICK_BREAKING);
    }
    @Override public Bijector create(Constraint constraint, int[] shape) {
        if (!(constraint instanceof Simplex)) throw new IllegalArgumentException(name() + " cannot map onto " + constraint.name());
        return new StickBreakingSimplex(constraint, shape);
    }
}
