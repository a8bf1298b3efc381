package org.bayes4j.spi.density;

/**
 * A log density on unconstrained {@code R^d}: everything a sampler ever sees
 * (as BridgeStan's model or BlackJAX's {@code logdensity_fn}).
 *
 * <p><b>Implementing.</b> {@link #dimension()}, {@link #logDensity(double[])} and
 * {@link #logDensityGradient(double[], double[])} are required.
 *
 * <p><b>Laws.</b> The gradient is the derivative of {@code logDensity}; both
 * methods return the same value at the same point. Outside the support the
 * value is {@code -Infinity}; any other non-finite value (NaN, +Infinity) is a
 * bug in the implementation. Neither method mutates {@code theta}.
 *
 * <p><b>Threading.</b> An instance is single-threaded: it owns preallocated
 * buffers. A compiled model hands out one instance per chain.
 */
public interface LogDensity {

    /** Number of unconstrained coordinates {@code d}. */
    int dimension();

    /** {@code log p(theta)} up to nothing: constants are kept, the Jacobian of the constraining map included. */
    double logDensity(double[] theta);

    /**
     * Computes {@code log p(theta)} and writes its gradient into {@code gradOut}
     * (length {@link #dimension()}, overwritten).
     *
     * @return the log density, equal to {@code logDensity(theta)}
     */
    double logDensityGradient(double[] theta, double[] gradOut);
}
