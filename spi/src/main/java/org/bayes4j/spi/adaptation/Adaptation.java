package org.bayes4j.spi.adaptation;

import org.bayes4j.spi.sampler.ChainState;
import org.bayes4j.spi.sampler.Transition;

/**
 * Warm-up tuning kept apart from the kernel: it watches transitions and
 * proposes the tuning for the next step (step size by dual averaging, metric by
 * windowed variance estimates). Its state {@code A} is immutable.
 *
 * <p><b>Laws.</b> Pure: the same observations give the same tuning.
 */
public interface Adaptation<A, P> {

    A start(ChainState initial, P initialTuning);

    A observe(A state, Transition<?> transition);

    P currentTuning(A state);

    /** The tuning to freeze for sampling once warm-up ends. */
    default P finalTuning(A state) { return currentTuning(state); }
}
