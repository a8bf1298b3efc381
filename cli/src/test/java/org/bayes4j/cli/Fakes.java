package org.bayes4j.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.spi.density.SamplingTarget;
import org.bayes4j.spi.diagnostic.Summarizer;
import org.bayes4j.spi.diagnostic.Summary;
import org.bayes4j.spi.diagnostic.SummaryOptions;
import org.bayes4j.spi.diagnostic.SummaryRow;
import org.bayes4j.spi.dist.Normal;
import org.bayes4j.spi.draws.Draws;
import org.bayes4j.spi.model.DataVariable;
import org.bayes4j.spi.model.Model;
import org.bayes4j.spi.model.ModelData;
import org.bayes4j.spi.model.ModelProvider;
import org.bayes4j.spi.model.Simulation;
import org.bayes4j.spi.sampler.ProgressListener;
import org.bayes4j.spi.sampler.SamplerConfig;
import org.bayes4j.spi.sampler.SamplerProvider;

/** Test doubles of the services the commands look up, injected through {@link ServiceLookup#of}. */
final class Fakes {

    private Fakes() {}

    /** A model reading counts {@code y}; negative counts are rejected, as real models do. */
    static final class CoinModel implements ModelProvider {
        private final String name;

        CoinModel(String name) { this.name = name; }

        @Override public String name() { return name; }
        @Override public String description() { return "coin flips (" + name + ")"; }
        @Override public List<String> references() { return List.of("Gelman et al. (2013), BDA3, ch. 2"); }
        @Override public List<DataVariable> dataVariables() {
            return List.of(new DataVariable("y", "int", "[N]", true, "number of heads per trial"));
        }
        @Override public List<String> checkedParameters() { return List.of("mu"); }
        @Override public ModelData defaultData() { return ModelData.builder("default data").put("y", new int[] {1, 0, 1}).build(); }
        @Override public Model build(ModelData data) {
            data.counts("y");
            return Model.build(name, m -> m.param("mu", Normal.of(0.0, 1.0)));
        }
        @Override public Map<String, Integer> defaultSizes() { return Map.of("N", 3); }
        @Override public Simulation simulate(UniformRandomProvider rng, Map<String, Integer> sizes, Map<String, double[]> parameters) {
            throw new UnsupportedOperationException();
        }
    }

    /** Compiles nothing: a two-dimensional unconstrained target, enough for the fake sampler. */
    static SamplingTarget compile(Model model) {
        return SamplingTarget.ofUnconstrained(2, () -> null);
    }

    /** Produces {@link TestDraws} of the configured size; optionally the last chain fails part-way, or it throws. */
    static final class FakeSampler implements SamplerProvider {
        final int failAfter;
        final RuntimeException toThrow;
        SamplerConfig lastConfig;

        FakeSampler(int failAfter, RuntimeException toThrow) {
            this.failAfter = failAfter;
            this.toThrow = toThrow;
        }

        @Override public String name() { return "nuts"; }
        @Override public String description() { return "fake"; }
        @Override public Draws sample(SamplingTarget target, SamplerConfig config, ProgressListener progress) {
            lastConfig = config;
            if (toThrow != null) throw toThrow;
            return TestDraws.make(config.seed(), config.chains(), 0, config.draws(), failAfter);
        }
    }

    /** Mean and sd per column; everything else undefined (NaN), except a fixed R-hat. */
    static final class MomentSummarizer implements Summarizer {
        @Override public Summary summarize(Draws draws, SummaryOptions options) {
            List<SummaryRow> rows = new ArrayList<>();
            for (int k = 0; k < draws.numQuantities(); k++) {
                double[][] q = draws.quantity(k);
                double sum = 0, sq = 0;
                int n = 0;
                for (double[] chain : q) for (double x : chain) { sum += x; sq += x * x; n++; }
                double mean = sum / n;
                rows.add(new SummaryRow("ignored" + k, mean, Math.sqrt(Math.max(0, sq / n - mean * mean)), Double.NaN, Double.NaN,
                        Double.NaN, Double.NaN, 400, Double.NaN, 1.001, Map.of()));
            }
            long divergences = draws.divergences();
            return new Summary(options, draws.numChains(), draws.numDraws(), rows, divergences, 0,
                    List.of(0.9), divergences > 0 ? List.of(divergences + " divergent transitions after warm-up") : List.of());
        }
    }
}
