package org.bayes4j.samplers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;

import org.bayes4j.spi.draws.Draws;
import org.bayes4j.spi.sampler.SamplerConfig;
import org.junit.jupiter.api.Test;

/** The same seed gives bit-identical draws whatever the thread count; another seed gives other draws. */
class ParallelDeterminismTest {

    private static final SamplerConfig CONFIG = SamplerConfig.defaults().withChains(4).withWarmup(150).withDraws(100).withSeed(77)
            .withSaveWarmup(true);

    @Test
    void threadCountDoesNotChangeTheDraws() {
        Draws one = NutsRecoversGaussiansTest.run(Densities.ar1(5, 0.5), CONFIG.withThreads(1));
        Draws four = NutsRecoversGaussiansTest.run(Densities.ar1(5, 0.5), CONFIG.withThreads(4));
        assertEquals(4, one.numChains());
        for (int c = 0; c < 4; c++) {
            var a = one.chains().get(c);
            var b = four.chains().get(c);
            assertEquals(a.draws().length, b.draws().length);
            for (int i = 0; i < a.draws().length; i++) assertArrayEquals(a.draws()[i], b.draws()[i], 0.0);
            for (int i = 0; i < a.warmupDraws().length; i++) assertArrayEquals(a.warmupDraws()[i], b.warmupDraws()[i], 0.0);
            assertEquals(a.stats(), b.stats());
            assertEquals(a.stepSize(), b.stepSize(), 0.0);
            assertArrayEquals(a.inverseMetric(), b.inverseMetric(), 0.0);
            assertEquals(a.gradientEvaluations(), b.gradientEvaluations());
        }
        // chains differ from each other (distinct streams)
        assertFalse(Arrays.equals(one.chains().get(0).draws()[0], one.chains().get(1).draws()[0]));
        // chain c's stream depends only on (seed, c): a 2-chain run reproduces the first two chains
        Draws two = NutsRecoversGaussiansTest.run(Densities.ar1(5, 0.5), CONFIG.withChains(2).withThreads(2));
        for (int c = 0; c < 2; c++) assertArrayEquals(one.chains().get(c).draws()[99], two.chains().get(c).draws()[99], 0.0);
    }

    @Test
    void anotherSeedGivesOtherDraws() {
        Draws a = NutsRecoversGaussiansTest.run(Densities.ar1(5, 0.5), CONFIG.withChains(1));
        Draws b = NutsRecoversGaussiansTest.run(Densities.ar1(5, 0.5), CONFIG.withChains(1).withSeed(78));
        assertFalse(Arrays.equals(a.chains().get(0).draws()[50], b.chains().get(0).draws()[50]));
    }

    @Test
    void recordsRunSettingsAndCounts() {
        Draws d = NutsRecoversGaussiansTest.run(Densities.ar1(5, 0.5), CONFIG.withChains(2));
        assertEquals("nuts", d.metadata().get("sampler"));
        assertEquals("77", d.metadata().get("seed"));
        assertEquals("150", d.metadata().get("num_warmup"));
        assertEquals("100", d.metadata().get("num_samples"));
        assertEquals("0.8", d.metadata().get("delta"));
        assertEquals("10", d.metadata().get("max_depth"));
        assertEquals("diag_e", d.metadata().get("metric"));
        for (var c : d.chains()) {
            assertEquals(150, c.warmupDraws().length);
            assertEquals(150, c.warmupStats().size());
            long leapfrogs = c.stats().stream().mapToLong(s -> s.numLeapfrog()).sum()
                    + c.warmupStats().stream().mapToLong(s -> s.numLeapfrog()).sum();
            // gradients = leapfrog steps + initialisation + step-size searches
            assertFalse(c.gradientEvaluations() < leapfrogs, "gradient evaluations " + c.gradientEvaluations() + " < leapfrogs " + leapfrogs);
            assertFalse(c.warmupSeconds() < 0 || c.samplingSeconds() < 0);
        }
    }
}
