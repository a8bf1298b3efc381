package org.bayes4j.samplers.runner;

import org.bayes4j.spi.adaptation.Adaptation;
import org.bayes4j.spi.sampler.ChainState;
import org.bayes4j.spi.sampler.TransitionKernel;

/**
 * Everything one chain needs: its kernel, the adaptation that tunes it during
 * warm-up, and the tuning to start from.
 */
public record ChainSetup<S extends ChainState, P, A>(TransitionKernel<S, P> kernel, Adaptation<A, P> adaptation, P initialTuning) {}
