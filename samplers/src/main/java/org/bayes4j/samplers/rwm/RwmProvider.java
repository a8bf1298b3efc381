package org.bayes4j.samplers.rwm;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.samplers.adaptation.StepSizeHeuristic;
import org.bayes4j.samplers.adaptation.MetricKind;
import org.bayes4j.samplers.adaptation.WindowSchedule;
import org.bayes4j.samplers.adaptation.WindowedAdaptation;
import org.bayes4j.samplers.hmc.Options;
import org.bayes4j.samplers.runner.ChainSetup;
import org.bayes4j.samplers.runner.ParallelSampler;
import org.bayes4j.samplers.runner.SamplerRecipe;
import org.bayes4j.spi.density.LogDensity;
import org.bayes4j.spi.density.SamplingTarget;
import org.bayes4j.spi.draws.Draws;
import org.bayes4j.spi.sampler.ProgressListener;
import org.bayes4j.spi.sampler.SamplerConfig;
import org.bayes4j.spi.sampler.SamplerProvider;

/**
 * The {@code rwm} sampler: Gaussian random-walk Metropolis whose proposal scale is
 * tuned by dual averaging towards acceptance {@code rwm_target} (option, default
 * 0.234; the config's NUTS-oriented target is not used) starting from
 * $2.38/\sqrt d$, and whose proposal covariance is the windowed (co)variance
 * estimate.
 */
public final class RwmProvider implements SamplerProvider {

    @Override public String name() { return "rwm"; }

    @Override public String description() {
        return "random-walk Metropolis with adapted proposal scale (target acceptance 0.234) and covariance";
    }

    @Override public Draws sample(SamplingTarget target, SamplerConfig config, ProgressListener progress) {
        return ParallelSampler.run(new Recipe(), target, config, progress);
    }

    private static double target(SamplerConfig config) {
        double t = Options.positive(config, "rwm", "rwm_target", 0.234);
        if (!(t < 1)) throw new IllegalArgumentException("rwm: option rwm_target is " + t + ", but must be in (0, 1)");
        return t;
    }

    /** Random-walk Metropolis assembled for one chain. */
    static final class Recipe implements SamplerRecipe<RwmState, RwmTuning, WindowedAdaptation.State<RwmTuning>> {

        @Override public String name() { return "rwm"; }

        @Override public ChainSetup<RwmState, RwmTuning, WindowedAdaptation.State<RwmTuning>> setUp(
                LogDensity density, UniformRandomProvider rng, SamplerConfig config) {
            WindowedAdaptation<RwmTuning> adaptation = new WindowedAdaptation<>(WindowSchedule.stan(config.warmup()), target(config),
                    MetricKind.of(config.metric()), StepSizeHeuristic.NONE);
            RwmTuning initial = new RwmTuning(2.38 / Math.sqrt(density.dimension()),
                    Options.initialMetric(config.metric(), density.dimension()));
            return new ChainSetup<>(new RandomWalkMetropolisKernel(density), adaptation, initial);
        }

        @Override public double stepSize(RwmTuning tuning) { return tuning.stepSize(); }

        @Override public double[] inverseMetric(RwmTuning tuning) { return tuning.metric().inverseMetric(); }

        @Override public Map<String, String> metadata(SamplerConfig config) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("algorithm", "rwm");
            m.put("metric", config.metric() + "_e");
            m.put("delta", Double.toString(target(config)));
            return m;
        }
    }
}
