package org.bayes4j.samplers.hmc;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.samplers.adaptation.MetricKind;
import org.bayes4j.samplers.adaptation.WindowSchedule;
import org.bayes4j.samplers.adaptation.WindowedAdaptation;
import org.bayes4j.samplers.integrator.LeapfrogIntegrator;
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
 * The {@code hmc} sampler: static HMC with integration time {@code int_time}
 * (option, default $2\pi$) and Stan's windowed adaptation of step size and metric.
 */
public final class StaticHmcProvider implements SamplerProvider {

    @Override public String name() { return "hmc"; }

    @Override public String description() {
        return "static Hamiltonian Monte Carlo (fixed integration time, Metropolis-corrected), Stan's windowed adaptation";
    }

    @Override public Draws sample(SamplingTarget target, SamplerConfig config, ProgressListener progress) {
        return ParallelSampler.run(new Recipe(), target, config, progress);
    }

    /** Static HMC assembled for one chain. */
    static final class Recipe implements SamplerRecipe<HmcState, StaticHmcTuning, WindowedAdaptation.State<StaticHmcTuning>> {

        @Override public String name() { return "hmc"; }

        @Override public ChainSetup<HmcState, StaticHmcTuning, WindowedAdaptation.State<StaticHmcTuning>> setUp(
                LogDensity density, UniformRandomProvider rng, SamplerConfig config) {
            LeapfrogIntegrator integrator = new LeapfrogIntegrator(density);
            StepSizeSearch search = new StepSizeSearch(integrator);
            WindowedAdaptation<StaticHmcTuning> adaptation = new WindowedAdaptation<>(
                    WindowSchedule.stan(config.warmup()), config.targetAccept(),
                    MetricKind.of(config.metric()),
                    (position, stepSize, metric) -> search.search(rng, position, stepSize, metric));
            StaticHmcTuning initial = new StaticHmcTuning(Options.positive(config, "hmc", "stepsize", 1.0),
                    Options.initialMetric(config.metric(), density.dimension()),
                    Options.positive(config, "hmc", "int_time", 2 * Math.PI));
            return new ChainSetup<>(new StaticHmcKernel(integrator), adaptation, initial);
        }

        @Override public double stepSize(StaticHmcTuning tuning) { return tuning.stepSize(); }

        @Override public double[] inverseMetric(StaticHmcTuning tuning) { return tuning.metric().inverseMetric(); }

        @Override public Map<String, String> metadata(SamplerConfig config) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("algorithm", "hmc");
            m.put("engine", "static");
            m.put("metric", config.metric() + "_e");
            m.put("delta", Double.toString(config.targetAccept()));
            m.put("int_time", Double.toString(Options.positive(config, "hmc", "int_time", 2 * Math.PI)));
            m.put("stepsize", Double.toString(Options.positive(config, "hmc", "stepsize", 1.0)));
            return m;
        }
    }
}
