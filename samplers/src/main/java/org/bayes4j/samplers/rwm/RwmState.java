package org.bayes4j.samplers.rwm;

import org.bayes4j.spi.sampler.ChainState;

/** A random-walk chain's state: position and $\log\pi$ there. Owns its array. */
public record RwmState(double[] position, double logDensity) implements ChainState {}
