package org.bayes4j.bench;

import java.util.concurrent.TimeUnit;

import org.bayes4j.spi.draws.Draws;
import org.bayes4j.spi.model.CompiledModel;
import org.bayes4j.spi.model.ModelProvider;
import org.bayes4j.spi.sampler.ProgressListener;
import org.bayes4j.spi.sampler.SamplerConfig;
import org.bayes4j.spi.sampler.SamplerProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Wall time of a complete NUTS fit of a shipped model on its default data: 4
 * chains of 1000 warm-up and 1000 kept iterations, Stan's defaults (target
 * acceptance 0.8, diagonal metric, maximum tree depth 10). Each measurement
 * is one fit ({@link Mode#SingleShotTime}); the warm-up fits let the JIT
 * compile the evaluator and the trajectory code first.
 *
 * <p>{@code threads} sets the sampler's worker threads: 1 runs the chains one
 * after another, as Stan's reference timings in {@code DESIGN.md} were taken;
 * 0 uses one thread per core. The model is compiled once in {@link #setUp()};
 * compilation is not part of the measured time. The models: reed frogs (5a),
 * and the availability-masked multinomial with correlated varying intercepts
 * and slopes (4b, 7 categories, 50 clusters, 2,000 rows), which the model
 * catalogue issue asks to fit in under a minute on one core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class NutsFitBenchmark {

    /** Catalogue name of the model. */
    @Param({"reedfrogs", "masked-multinomial-slopes-centered"})
    public String model;

    /** Sampler worker threads (0 = one per core). */
    @Param({"1"})
    public int threads;

    private CompiledModel compiled;
    private SamplerProvider nuts;
    private SamplerConfig config;

    @Setup
    public void setUp() {
        ModelProvider provider = Catalogue.model(model);
        compiled = provider.build(provider.defaultData()).compile();
        nuts = Catalogue.sampler("nuts");
        config = SamplerConfig.defaults().withChains(4).withWarmup(1000).withDraws(1000).withSeed(20240601L).withThreads(threads);
    }

    @Benchmark
    public Draws fit() {
        return nuts.sample(compiled, config, ProgressListener.NONE);
    }
}
