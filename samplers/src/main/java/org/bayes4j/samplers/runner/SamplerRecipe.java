package org.bayes4j.samplers.runner;

import java.util.Map;

import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.spi.density.LogDensity;
import org.bayes4j.spi.sampler.ChainState;
import org.bayes4j.spi.sampler.SamplerConfig;

/**
 * How to assemble a sampler for one chain; the {@link ChainRunner} does the rest
 * (initialisation, warm-up, sampling, recording), the same way for every kernel
 * (AbstractMCMC's {@code sample} over a {@code step}).
 *
 * @param <S> chain state
 * @param <P> tuning
 * @param <A> adaptation state
 */
public interface SamplerRecipe<S extends ChainState, P, A> {

    /** The sampler's name as recorded in the metadata. */
    String name();

    /** A fresh kernel and adaptation bound to one chain's evaluator and random stream. */
    ChainSetup<S, P, A> setUp(LogDensity density, UniformRandomProvider rng, SamplerConfig config);

    /** The step size a tuning uses (NaN if none), for the chain's record. */
    double stepSize(P tuning);

    /** The inverse metric a tuning uses (empty if none), for the chain's record. */
    double[] inverseMetric(P tuning);

    /** Sampler-specific settings for the run's metadata (CmdStan header names). */
    Map<String, String> metadata(SamplerConfig config);
}
