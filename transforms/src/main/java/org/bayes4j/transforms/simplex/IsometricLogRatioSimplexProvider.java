package org.bayes4j.transforms.simplex;

import org.bayes4j.spi.bijector.Bijector;
import org.bayes4j.spi.bijector.BijectorProvider;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.Simplex;

/**
 * Provides {@link IsometricLogRatioSimplex} for {@link Simplex}, only when
 * {@link SimplexTransformOption} selects {@code ilr} ({@code -Dbayes4j.simplex=ilr});
 * otherwise it handles nothing, so the registry stays unambiguous.
 * {@link #create} works regardless of the option, for direct use.
 */
public final class IsometricLogRatioSimplexProvider implements BijectorProvider {
    @Override public String name() { return SimplexTransformOption.ILR; }
    @Override public String description() { return "isometric log-ratio transform onto the simplex: softmax of a Helmert embedding (select with -D"
            + SimplexTransformOption.PROPERTY + "=" + SimplexTransformOption.ILR + ")"; }
    @Override public String supportDescription() { return "simplex (when " + SimplexTransformOption.PROPERTY + "=" + SimplexTransformOption.ILR + ")"; }
    @Override public boolean handles(Constraint constraint) {
        return constraint instanceof Simplex && SimplexTransformOption.selected().equals(SimplexTransformOption.ILR);
    }
    @Override public Bijector create(Constraint constraint, int[] shape) {
        if (!(constraint instanceof Simplex)) throw new IllegalArgumentException(name() + " cannot map onto " + constraint.name());
        return new IsometricLogRatioSimplex(constraint, shape);
    }
}
