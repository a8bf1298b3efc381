package org.bayes4j.spi.bijector;

import org.bayes4j.spi.constraint.Constraint;

/**
 * A smooth bijection {@code f} from unconstrained {@code R^m} onto a
 * {@link Constraint}'s set, created for one value shape (batch axes included).
 * It is a function {@code x -> (y, log|det J_f(x)|)}; samplers work on
 * {@code x}, models on {@code y}. For maps onto a manifold (simplex, zero-sum,
 * correlation Cholesky factor) the Jacobian is taken with respect to the free
 * coordinates that parameterise the set, as in the Stan Reference Manual.
 *
 * <p><b>Implementing.</b> All methods are required. Buffers are addressed by
 * array and offset so that callers pass slices of their own preallocated arrays.
 *
 * <p><b>Laws</b> (checked by the testkit's {@code BijectorContract}):
 * {@code inverse(forward(x)) = x} and {@code forward(inverse(y)) = y} to
 * round-off; the returned log-determinant equals the log absolute determinant
 * of the numerical Jacobian; {@link #backward} is the vector-Jacobian product
 * of {@code x -> (y, logDet)}.
 *
 * <p><b>Threading.</b> An instance may hold scratch space and is used by one
 * thread; the model compiler creates one per evaluator.
 */
public interface Bijector {

    Constraint constraint();

    /** The constrained value shape this instance was created for. */
    int[] shape();

    /** {@code m}: the number of unconstrained coordinates. */
    int unconstrainedSize();

    /** The number of constrained values written by {@link #forward}. */
    int constrainedSize();

    /**
     * Writes {@code y = f(x)} and returns {@code log|det J_f(x)|}.
     */
    double forward(double[] x, int xOffset, double[] y, int yOffset);

    /** Writes {@code x = f^{-1}(y)}; {@code y} must lie in the constraint's set. */
    void inverse(double[] y, int yOffset, double[] x, int xOffset);

    /**
     * Vector-Jacobian product: adds {@code J_f(x)^T yAdjoint + logDetAdjoint * grad_x log|det J_f(x)|}
     * to {@code xAdjoint}. {@code y} holds {@code f(x)} as computed by the last call
     * to {@link #forward} at this {@code x}, so implementations may reuse it.
     */
    void backward(double[] x, int xOffset, double[] y, int yOffset,
                  double[] yAdjoint, int yAdjointOffset, double logDetAdjoint,
                  double[] xAdjoint, int xAdjointOffset);
}
