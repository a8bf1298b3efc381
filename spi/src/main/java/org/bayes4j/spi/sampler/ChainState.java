package org.bayes4j.spi.sampler;

/**
 * What a Markov chain carries from one transition to the next. Implementations
 * are immutable records owning their arrays (STYLE 3).
 */
public interface ChainState {
    /** The unconstrained position; do not modify. */
    double[] position();

    /** {@code log p(position)}. */
    double logDensity();
}
