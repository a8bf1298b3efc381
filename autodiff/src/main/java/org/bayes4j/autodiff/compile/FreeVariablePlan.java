package org.bayes4j.autodiff.compile;

import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.model.Var;

/**
 * A free variable: a leaf whose value is {@code f(theta[thetaOffset .. thetaOffset + thetaSize))}
 * for the bijector {@code f} onto its support.
 *
 * @param variable    the model variable
 * @param node        its node number
 * @param shape       its constrained shape
 * @param support     the prior's support (given constant prior arguments)
 * @param thetaOffset first unconstrained coordinate
 * @param thetaSize   number of unconstrained coordinates
 * @param prior       the prior's call site
 */
public record FreeVariablePlan(Var variable, int node, int[] shape, Constraint support, int thetaOffset, int thetaSize,
                               CallSitePlan prior) {

    public String name() { return variable.name(); }

    public int size() {
        int n = 1;
        for (int s : shape) n *= s;
        return n;
    }
}
