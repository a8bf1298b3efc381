package org.bayes4j.spi.distribution;

import java.util.Map;

/**
 * The arguments of one family call: a batch of {@link #batchSize()} events of
 * the value and of each parameter, the family's options, and scratch space
 * owned by the call site.
 *
 * <p><b>Threading.</b> One instance per call site per evaluator; never shared
 * between threads.
 */
public final class Operands {
    private final Operand value;
    private final Operand[] parameters;
    private final Map<String, Object> options;
    private int batchSize;
    private double[] pointwise;
    private double[] scratch = new double[0];

    public Operands(int batchSize, Operand value, Operand[] parameters, Map<String, Object> options) {
        this.batchSize = batchSize;
        this.value = value;
        this.parameters = parameters.clone();
        this.options = Map.copyOf(options);
    }

    public Operands(int batchSize, Operand value, Operand... parameters) {
        this(batchSize, value, parameters, Map.of());
    }

    public int batchSize() { return batchSize; }

    public Operand value() { return value; }

    public Operand parameter(int i) { return parameters[i]; }

    public int arity() { return parameters.length; }

    /** A family option (a nested family, an axis count, a flag) or {@code null}. */
    public Object option(String name) { return options.get(name); }

    public Map<String, Object> options() { return options; }

    /**
     * When non-null, {@code logDensity} also writes each event's log density
     * into {@code pointwise[b]} (the pointwise log-likelihood used by PSIS-LOO).
     */
    public double[] pointwise() { return pointwise; }

    public Operands withPointwise(double[] out) {
        this.pointwise = out;
        return this;
    }

    /** Scratch space of at least {@code n} doubles, allocated on first use and reused afterwards. */
    public double[] scratch(int n) {
        if (scratch.length < n) scratch = new double[n];
        return scratch;
    }
}
