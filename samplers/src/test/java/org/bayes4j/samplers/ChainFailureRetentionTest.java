package org.bayes4j.samplers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.bayes4j.samplers.nuts.NutsProvider;
import org.bayes4j.spi.density.LogDensity;
import org.bayes4j.spi.density.SamplingTarget;
import org.bayes4j.spi.draws.ChainDraws;
import org.bayes4j.spi.draws.Draws;
import org.bayes4j.spi.sampler.ProgressListener;
import org.bayes4j.spi.sampler.SampleStats;
import org.bayes4j.spi.sampler.SamplerConfig;
import org.junit.jupiter.api.Test;

/** A chain that throws part-way keeps its draws and records why; the other chains finish. */
class ChainFailureRetentionTest {

    /** The first evaluator handed out throws after {@code limit} gradient evaluations. */
    static SamplingTarget failingFirstEvaluator(int limit) {
        AtomicInteger created = new AtomicInteger();
        return SamplingTarget.ofUnconstrained(3, () -> {
            LogDensity inner = Densities.standardNormal(3);
            boolean fails = created.getAndIncrement() == 0;
            return new LogDensity() {
                int calls;
                @Override public int dimension() { return 3; }
                @Override public double logDensity(double[] x) { return inner.logDensity(x); }
                @Override public double logDensityGradient(double[] x, double[] g) {
                    if (fails && ++calls > limit) throw new ArithmeticException("model blew up at evaluation " + calls);
                    return inner.logDensityGradient(x, g);
                }
            };
        });
    }

    @Test
    void failedChainKeepsItsDrawsAndOthersComplete() {
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        ProgressListener listener = new ProgressListener() {
            @Override public void started(int chains, int iterations) { events.add("started " + chains + " " + iterations); }
            @Override public void iteration(int chain, int iteration, boolean warmup, SampleStats stats) {}
            @Override public void chainFinished(int chain, Throwable failure) { events.add("finished " + chain + " " + (failure != null)); }
        };
        // threads = 1 so chain 0 deterministically receives the failing evaluator
        SamplerConfig config = SamplerConfig.defaults().withChains(3).withWarmup(100).withDraws(200).withSeed(5).withThreads(1);
        // an undisturbed run tells how many evaluations chain 0 needs; failing 300 before the end
        // lands in the sampling phase (200 draws take at least 600 gradients)
        long needed = new NutsProvider().sample(failingFirstEvaluator(Integer.MAX_VALUE), config, ProgressListener.NONE)
                .chains().get(0).gradientEvaluations();
        Draws draws = new NutsProvider().sample(failingFirstEvaluator((int) needed - 300), config, listener);
        ChainDraws failed = draws.chains().get(0);
        assertTrue(!failed.isComplete());
        assertTrue(failed.failure().contains("model blew up"), failed.failure());
        assertTrue(failed.numDraws() > 0 && failed.numDraws() < 200, "kept " + failed.numDraws() + " draws");
        assertEquals(failed.numDraws(), failed.stats().size());
        for (int c = 1; c < 3; c++) {
            assertNull(draws.chains().get(c).failure());
            assertEquals(200, draws.chains().get(c).numDraws());
        }
        assertEquals(failed.numDraws(), draws.numDraws());
        assertEquals(List.of("started 3 300", "finished 0 true", "finished 1 false", "finished 2 false"), events);
    }

    @Test
    void failureDuringWarmupKeepsNoDrawsButSaysWhy() {
        SamplerConfig config = SamplerConfig.defaults().withChains(2).withWarmup(100).withDraws(50).withSeed(5).withThreads(2);
        Draws draws = new NutsProvider().sample(failingFirstEvaluator(50), config, ProgressListener.NONE);
        long failedChains = draws.chains().stream().filter(c -> !c.isComplete()).count();
        assertEquals(1, failedChains);
        ChainDraws failed = draws.chains().stream().filter(c -> !c.isComplete()).findFirst().orElseThrow();
        assertEquals(0, failed.numDraws());
        assertTrue(failed.failure().contains("model blew up"), failed.failure());
    }

    @Test
    void noFiniteInitialPointIsAClearFailure() {
        SamplingTarget nowhere = SamplingTarget.ofUnconstrained(2, () -> new LogDensity() {
            @Override public int dimension() { return 2; }
            @Override public double logDensity(double[] x) { return Double.NEGATIVE_INFINITY; }
            @Override public double logDensityGradient(double[] x, double[] g) { return Double.NEGATIVE_INFINITY; }
        });
        Draws draws = new NutsProvider().sample(nowhere, SamplerConfig.defaults().withChains(1).withWarmup(10).withDraws(10), ProgressListener.NONE);
        String failure = draws.chains().get(0).failure();
        assertTrue(failure.contains("could not find a finite initial point after 100 tries"), failure);
        assertTrue(failure.contains("log density is -Infinity"), failure);
    }
}
