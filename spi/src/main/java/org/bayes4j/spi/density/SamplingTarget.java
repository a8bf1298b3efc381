package org.bayes4j.spi.density;

import java.util.List;
import java.util.function.Supplier;

/**
 * What a sampler runs on: a factory of single-threaded {@link LogDensity}
 * evaluators (one per chain) plus the map from an unconstrained point to the
 * quantities recorded as draws (constrained parameters, then deterministics).
 *
 * <p><b>Laws.</b> Every evaluator has the same {@link #dimension()};
 * {@link #writeOutput} is deterministic and writes exactly
 * {@code outputNames().size()} values.
 *
 * <p><b>Threading.</b> {@link #newEvaluator()} and {@link #writeOutput} may be
 * called concurrently from different chains; an implementation that needs
 * scratch space keeps it per thread or per evaluator.
 */
public interface SamplingTarget {

    int dimension();

    LogDensity newEvaluator();

    /** Names of the recorded quantities, expanded per element ({@code alpha[3]}, {@code beta[petal_length, virginica]}). */
    List<String> outputNames();

    /** The recorded variables with their shapes, in output order. */
    List<VariableInfo> outputVariables();

    /**
     * Writes the recorded quantities at unconstrained point {@code theta} into {@code out}.
     * {@code evaluator} is the calling chain's own evaluator, whose buffers an
     * implementation may reuse.
     */
    void writeOutput(LogDensity evaluator, double[] theta, double[] out);

    /**
     * A target whose draws are the unconstrained coordinates themselves,
     * named {@code theta[0]}, {@code theta[1]}, ...
     */
    static SamplingTarget ofUnconstrained(int dimension, Supplier<LogDensity> evaluators) {
        VariableInfo theta = VariableInfo.vector("theta", dimension);
        List<String> names = theta.elementNames();
        return new SamplingTarget() {
            @Override public int dimension() { return dimension; }
            @Override public LogDensity newEvaluator() { return evaluators.get(); }
            @Override public List<String> outputNames() { return names; }
            @Override public List<VariableInfo> outputVariables() { return List.of(theta); }
            @Override public void writeOutput(LogDensity evaluator, double[] x, double[] out) {
                System.arraycopy(x, 0, out, 0, dimension);
            }
        };
    }
}
