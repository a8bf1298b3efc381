package org.bayes4j.samplers.nuts;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.samplers.adaptation.MetricKind;
import org.bayes4j.samplers.adaptation.WindowSchedule;
import org.bayes4j.samplers.adaptation.WindowedAdaptation;
import org.bayes4j.samplers.hmc.HmcState;
import org.bayes4j.samplers.hmc.Options;
import org.bayes4j.samplers.hmc.StepSizeSearch;
import org.bayes4j.samplers.integrator.LeapfrogIntegrator;
import org.bayes4j.samplers.runner.ChainSetup;
import org.bayes4j.samplers.runner.SamplerRecipe;
import org.bayes4j.spi.density.LogDensity;
import org.bayes4j.spi.sampler.SamplerConfig;

/**
 * NUTS as Stan configures it: {@link NutsKernel} tuned by a
 * {@link WindowedAdaptation} over Stan's {@link WindowSchedule}, starting from a
 * unit/ones/identity metric and step size {@code stepsize} (option, default 1)
 * refined by the heuristic search.
 */
public final class NutsRecipe implements SamplerRecipe<HmcState, NutsTuning, WindowedAdaptation.State<NutsTuning>> {

    @Override public String name() { return "nuts"; }

    @Override public ChainSetup<HmcState, NutsTuning, WindowedAdaptation.State<NutsTuning>> setUp(
            LogDensity density, UniformRandomProvider rng, SamplerConfig config) {
        LeapfrogIntegrator integrator = new LeapfrogIntegrator(density);
        NutsKernel kernel = new NutsKernel(integrator);
        StepSizeSearch search = new StepSizeSearch(integrator);
        WindowedAdaptation<NutsTuning> adaptation = new WindowedAdaptation<>(
                WindowSchedule.stan(config.warmup()), config.targetAccept(),
                MetricKind.of(config.metric()),
                (position, stepSize, metric) -> search.search(rng, position, stepSize, metric));
        double stepSize0 = Options.positive(config, "nuts", "stepsize", 1.0);
        NutsTuning initial = new NutsTuning(stepSize0, Options.initialMetric(config.metric(), density.dimension()), config.maxTreeDepth());
        return new ChainSetup<>(kernel, adaptation, initial);
    }

    @Override public double stepSize(NutsTuning tuning) { return tuning.stepSize(); }

    @Override public double[] inverseMetric(NutsTuning tuning) { return tuning.metric().inverseMetric(); }

    @Override public Map<String, String> metadata(SamplerConfig config) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("algorithm", "hmc");
        m.put("engine", "nuts");
        m.put("metric", config.metric() + "_e");
        m.put("delta", Double.toString(config.targetAccept()));
        m.put("max_depth", Integer.toString(config.maxTreeDepth()));
        m.put("stepsize", Double.toString(Options.positive(config, "nuts", "stepsize", 1.0)));
        m.put("gamma", "0.05");
        m.put("kappa", "0.75");
        m.put("t0", "10");
        m.put("init_buffer", "75");
        m.put("term_buffer", "50");
        m.put("window", "25");
        return m;
    }
}
