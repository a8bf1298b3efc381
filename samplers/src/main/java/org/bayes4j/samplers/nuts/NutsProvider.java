package org.bayes4j.samplers.nuts;

import org.bayes4j.samplers.runner.ParallelSampler;
import org.bayes4j.spi.density.SamplingTarget;
import org.bayes4j.spi.draws.Draws;
import org.bayes4j.spi.sampler.ProgressListener;
import org.bayes4j.spi.sampler.SamplerConfig;
import org.bayes4j.spi.sampler.SamplerProvider;

/** The {@code nuts} sampler: Stan's multinomial No-U-Turn sampler with windowed adaptation. */
public final class NutsProvider implements SamplerProvider {

    @Override public String name() { return "nuts"; }

    @Override public String description() {
        return "No-U-Turn sampler (multinomial, generalised U-turn with cross-subtree checks, "
                + "dual-averaging step size, Stan's windowed metric adaptation)";
    }

    @Override public Draws sample(SamplingTarget target, SamplerConfig config, ProgressListener progress) {
        return ParallelSampler.run(new NutsRecipe(), target, config, progress);
    }
}
