package org.bayes4j.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;

import org.bayes4j.spi.draws.ChainDraws;
import org.bayes4j.spi.draws.Draws;
import org.bayes4j.spi.model.CompiledModel;
import org.bayes4j.spi.sampler.ProgressListener;
import org.bayes4j.spi.sampler.SamplerConfig;
import org.junit.jupiter.api.Test;

/**
 * The unconstrained points recorded during sampling are exactly those behind the
 * recorded draws, the draws come back as the model records them, and the
 * inverse-transform fallback finds the same points.
 */
class ThetaRecordingTest {

    @Test
    void recordedPointsReproduceTheDrawsAndTheFallbackAgrees() {
        CompiledModel model = ObservationNamesTest.compiled(new PluginModels.ThreeCategories());
        Draws withTheta = PluginModels.services().sampler("nuts").sample(ThetaRecording.wrap(model),
                SamplerConfig.defaults().withChains(2).withWarmup(100).withDraws(50).withSeed(8), ProgressListener.NONE);
        ThetaRecording.Split split = ThetaRecording.split(withTheta);
        Draws draws = split.draws();
        assertEquals(model.outputVariables(), draws.variables(), "the hidden variable is removed");
        assertEquals(List.of("eta[a]", "eta[b]", "eta[c]"), draws.names());
        List<double[]> recorded = PosteriorPoints.of(model, draws, split.theta());
        List<double[]> fallback = PosteriorPoints.of(model, draws, Map.of());
        assertEquals(100, recorded.size());
        for (int s = 0; s < recorded.size(); s++) {
            double[] row = draws.chains().get(s / 50).draws()[s % 50];
            assertArrayEquals(row, model.constrainedValues(recorded.get(s)).get("eta"), 0.0, "draw " + s + " is the constrained point");
            assertArrayEquals(recorded.get(s), fallback.get(s), 1e-9, "draw " + s + ": inverse transform of the recorded values");
        }
    }

    @Test
    void drawsWithoutRecordedPointsPassThrough() {
        Draws plain = TestDraws.make(3, 2, 0, 10, -1);
        ThetaRecording.Split split = ThetaRecording.split(plain);
        assertSame(plain, split.draws());
        assertEquals(Map.<ChainDraws, double[][]>of(), split.theta());
    }
}
