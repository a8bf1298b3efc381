package org.bayes4j.spi.distribution;

import org.bayes4j.spi.constraint.Constraint;

/**
 * One parameter of a family: its name (as in the family's formula), the set its
 * values must lie in, and its event rank (0 for a scalar per event, 1 for a
 * vector such as a probability simplex, 2 for a matrix such as a Cholesky factor).
 */
public record ParameterSpec(String name, Constraint constraint, int eventRank, String description) {
    public static ParameterSpec scalar(String name, Constraint constraint, String description) {
        return new ParameterSpec(name, constraint, 0, description);
    }
}
