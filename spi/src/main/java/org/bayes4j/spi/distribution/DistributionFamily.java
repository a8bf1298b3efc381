package org.bayes4j.spi.distribution;

import java.util.List;

import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.spi.constraint.Constraint;

/**
 * A family of probability distributions, found by {@link #name()} through
 * {@code ServiceLoader} when a model is compiled. A parameterisation is its own
 * family ({@code binomial} and {@code binomial_logit}, as in Stan), so each is
 * computed exactly rather than converted through a lossy path.
 *
 * <p><b>Implementing.</b> Required: {@link #name()}, {@link #description()},
 * {@link #parameters()}, {@link #support()}, {@link #logDensity} and
 * {@link #sample}. Override {@link #valueEventRank()} and
 * {@link #valueEventShape} for multivariate families, {@link #support(double[][])}
 * when the support depends on (constant) parameters, and
 * {@link #checkParameters} to validate constant arguments at model build.
 *
 * <p><b>Laws</b> (checked by the testkit's {@code DistributionFamilyContract}):
 * the density is normalised (constants kept); every partial written equals the
 * derivative of the returned sum; a value outside the support gives
 * {@code -Infinity}, never NaN; invalid parameters give {@code -Infinity} or
 * are rejected by {@link #checkParameters}, never NaN; draws from
 * {@link #sample} follow the density.
 *
 * <p><b>Threading.</b> A family is stateless and shared; per-call state lives in
 * the {@link Operands} (including its scratch space).
 */
public interface DistributionFamily {

    /** Stable lowercase name used in model descriptions: {@code normal}, {@code binomial_logit}. */
    String name();

    /**
     * The family specialised for a call's options ({@link org.bayes4j.spi.model.DistributionSpec#options()}),
     * called once when a model is compiled. Families whose parameters, event rank or support
     * depend on options override it: a mixture's parameter list follows its components, a
     * zero-sum normal's event rank is its number of zero-sum axes, an LKJ covariance names its
     * {@code sd_dist}. The default accepts no options and fails naming the ones it was given.
     *
     * @throws IllegalArgumentException naming the family and the unexpected or invalid option
     */
    default DistributionFamily configure(java.util.Map<String, Object> options) {
        if (options.isEmpty()) return this;
        throw new IllegalArgumentException(name() + " takes no options, got " + new java.util.TreeSet<>(options.keySet()));
    }

    /** One line for listings and the site. */
    String description();

    /** The parameters in call order. */
    List<ParameterSpec> parameters();

    /** The support of the value. */
    Constraint support();

    /**
     * The support given constant parameter values ({@code null} entries for
     * parameters that are not constant). Override when the support depends on
     * parameters (a uniform's bounds).
     */
    default Constraint support(double[][] constantParameters) { return support(); }

    /** Rank of one event of the value (0 scalar, 1 vector, 2 matrix). */
    default int valueEventRank() { return 0; }

    /**
     * Event shape of the value given each parameter's event shape; checks consistency. An entry of
     * {@code -1} means that axis's size is taken from the value (a zero-sum normal with a scalar scale,
     * an LKJ Cholesky factor whose size K no parameter fixes).
     */
    default int[] valueEventShape(int[][] parameterEventShapes) { return new int[valueEventRank()]; }

    /**
     * Rejects invalid constant arguments at model build, naming the parameter,
     * index and condition (Stan's {@code normal: sigma[3] is -1.5, but must be positive}).
     * {@code constantParameters[i]} is {@code null} for non-constant parameters.
     * The default checks each constant parameter against its {@link ParameterSpec#constraint()}.
     */
    default void checkParameters(double[][] constantParameters) {
        List<ParameterSpec> specs = parameters();
        for (int i = 0; i < specs.size() && i < constantParameters.length; i++) {
            double[] values = constantParameters[i];
            if (values == null) continue;
            ParameterSpec spec = specs.get(i);
            int[] one = new int[spec.eventRank()];
            if (spec.eventRank() == 0) {
                for (int j = 0; j < values.length; j++) {
                    if (!spec.constraint().contains(new double[] {values[j]}, one)) {
                        throw new IllegalArgumentException(name() + ": " + spec.name() + (values.length > 1 ? "[" + j + "]" : "")
                                + " is " + values[j] + ", but must be " + spec.constraint().name());
                    }
                }
            }
        }
    }

    /**
     * The log density summed over the batch. Adds each partial to the adjoint
     * of every non-constant operand; writes per-event values into
     * {@link Operands#pointwise()} when it is set.
     */
    double logDensity(Operands args);

    /**
     * Draws {@code args.batchSize()} independent events into {@code out} from
     * {@code outOffset}, given the parameters in {@code args} (the value operand
     * is ignored).
     */
    void sample(UniformRandomProvider rng, Operands args, double[] out, int outOffset);
}
