package org.bayes4j.spi.sampler;

/** The result of one kernel step: the next state and what happened on the way. */
public record Transition<S extends ChainState>(S next, SampleStats stats) {}
