package org.bayes4j.spi.sampler;

import org.bayes4j.spi.density.SamplingTarget;
import org.bayes4j.spi.draws.Draws;

/**
 * A sampler by name ({@code nuts}, {@code hmc}, {@code rwm}, {@code slice}),
 * found through {@code ServiceLoader}. It runs warm-up and sampling for every
 * chain in parallel, one evaluator per chain.
 *
 * <p><b>Laws.</b> The same target, config and seed give bit-identical draws
 * whatever {@link SamplerConfig#threads()}; a chain that fails part-way keeps
 * the draws it made and records the failure in its
 * {@link org.bayes4j.spi.draws.ChainDraws}; the kept draws, for fixed tuning,
 * come from a kernel that leaves the target invariant.
 */
public interface SamplerProvider {

    String name();

    String description();

    Draws sample(SamplingTarget target, SamplerConfig config, ProgressListener progress);
}
