package org.bayes4j.spi.model;

import java.util.List;
import java.util.Map;

import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.spi.density.LogDensity;
import org.bayes4j.spi.density.SamplingTarget;
import org.bayes4j.spi.density.VariableInfo;

/**
 * A compiled model: the {@link LogDensity} on unconstrained space (one
 * evaluator per chain) and everything else a workflow needs.
 *
 * <p>The recorded output ({@link #outputVariables()}) is every free parameter
 * on its constrained scale, in declaration order, then every deterministic.
 *
 * <p><b>Threading.</b> Evaluators are single-threaded; the other methods are
 * safe to call concurrently except {@link #setData}, which must not run while
 * evaluators are in use.
 */
public interface CompiledModel extends SamplingTarget {

    Model model();

    /** The free parameters (constrained shapes), in unconstrained-vector order. */
    List<VariableInfo> parameters();

    /** The observed variables, in declaration order. */
    List<VariableInfo> observed();

    /** Constrained values of the free parameters and the deterministics at {@code theta}, by name (row-major arrays). */
    Map<String, double[]> constrainedValues(double[] theta);

    /**
     * The unconstrained point for given constrained parameter values. Fails
     * naming the variable and index when a value is missing, of the wrong size
     * or outside its support.
     */
    double[] unconstrain(Map<String, double[]> parameterValues);

    /**
     * Number of pointwise log-likelihood terms: one per event of each observed
     * variable (one per row for a scalar family, one per row-vector for a
     * multinomial), concatenated in declaration order.
     */
    int pointwiseSize();

    /** Writes each observed event's log likelihood at {@code theta} (for PSIS-LOO and K-fold). */
    void pointwiseLogLikelihood(double[] theta, double[] out);

    /**
     * Ancestral draw from the prior predictive: every free parameter from its
     * prior, every deterministic, and every observed variable from its
     * likelihood, by name.
     */
    Map<String, double[]> samplePrior(UniformRandomProvider rng);

    /** Draws every observed variable from its likelihood at the parameters {@code theta}. */
    Map<String, double[]> samplePosteriorPredictive(UniformRandomProvider rng, double[] theta);

    /**
     * Replaces a data node's values with new ones of the same shape, without
     * recompiling (prediction, K-fold refits). Integer data stays integer.
     */
    void setData(String name, double[] values);

    /** Times {@code evaluations} gradient evaluations at {@code theta}, per graph node. */
    Profile profile(double[] theta, int evaluations);
}
