package org.bayes4j.spi.model;

import java.util.List;

/**
 * A random variable: a free parameter (sampled) or an observed variable
 * (conditioned on data). In expressions it stands for its (constrained) value.
 */
public final class Var extends Expr {

    /** Free parameters are sampled; observed variables contribute a likelihood term. */
    public enum Kind { FREE, OBSERVED }

    private final String name;
    private final DistributionSpec distribution;
    private final Kind kind;
    private final Data observed;

    Var(String name, DistributionSpec distribution, List<Dim> dims, Kind kind, Data observed) {
        super(dims);
        this.name = name;
        this.distribution = distribution;
        this.kind = kind;
        this.observed = observed;
    }

    public String name() { return name; }

    public DistributionSpec distribution() { return distribution; }

    public Kind kind() { return kind; }

    public boolean isObserved() { return kind == Kind.OBSERVED; }

    /** The observed data, or {@code null} for a free parameter. */
    public Data observed() { return observed; }

    /** The distribution's arguments: this node depends on them. */
    @Override public List<Expr> inputs() { return distribution.arguments(); }

    @Override public boolean isConstant() { return isObserved(); }

    @Override public String label() { return name; }
}
