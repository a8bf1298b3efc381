package org.bayes4j.spi.sampler;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * A Markov transition kernel as init + step over an immutable state (BlackJAX).
 * A kernel is bound to one chain's {@link org.bayes4j.spi.density.LogDensity}
 * evaluator; tuning (step size, metric) arrives on every call, so warm-up
 * drives the same kernel through an {@link org.bayes4j.spi.adaptation.Adaptation}
 * the kernel never sees.
 *
 * <p><b>Laws.</b> {@code step} never mutates its inputs; equal rng stream, state
 * and tuning give an equal result; for fixed tuning the kernel leaves the
 * target distribution invariant.
 *
 * <p><b>Threading.</b> One kernel per chain; it may own scratch buffers.
 */
public interface TransitionKernel<S extends ChainState, P> {

    /** The state at a starting position (evaluates the density and whatever else the kernel needs). */
    S init(double[] unconstrainedPosition);

    Transition<S> step(UniformRandomProvider rng, S state, P tuning);
}
