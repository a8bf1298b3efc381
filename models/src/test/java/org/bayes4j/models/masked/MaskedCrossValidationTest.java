package org.bayes4j.models.masked;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.bayes4j.models.testing.Providers;
import org.bayes4j.spi.density.LogDensity;
import org.bayes4j.spi.density.SamplingTarget;
import org.bayes4j.spi.diagnostic.FoldScorer;
import org.bayes4j.spi.draws.ChainDraws;
import org.bayes4j.spi.draws.Draws;
import org.bayes4j.spi.model.CompiledModel;
import org.bayes4j.spi.model.CrossValidation;
import org.bayes4j.spi.model.ModelData;
import org.bayes4j.spi.model.ModelProvider;
import org.bayes4j.spi.sampler.SampleStats;
import org.junit.jupiter.api.Test;

/**
 * Row-wise K-fold for every variant of model 4, on 40 simulated rows: the
 * training target's log density differs from the full model's by exactly
 * the held-out rows' log likelihoods (at random points), and the held-out
 * log likelihood of a draw is the full model's pointwise value of those rows.
 */
class MaskedCrossValidationTest {

    private static final int ROWS = 40;
    private static final List<String> ALL = List.of(MaskedMultinomial.NAME, CenteredMaskedSlopes.NAME, NonCenteredMaskedSlopes.NAME,
            MaskedMixtureMultinomial.NAME);

    @Test
    void foldScorersAgreeWithTheFullModel() {
        for (String name : ALL) {
            ModelProvider p = Providers.named(name);
            ModelData d = p.simulate(RandomSource.SPLIT_MIX_64.create(12), Map.of("observations", ROWS), Map.of()).data();
            CrossValidation cv = p.crossValidation(d).orElseThrow();
            assertEquals(ROWS, cv.rows(), name);
            assertEquals(Map.of(), cv.groupings(), name);
            assertThrows(IllegalArgumentException.class, () -> cv.scorer("cluster"), name);
            FoldScorer scorer = cv.scorer(null);
            CompiledModel full = p.build(d).compile();
            boolean[] training = new boolean[ROWS];
            int[] heldOut = {2, 7, 12, 17, 22, 27, 32, 37};
            java.util.Arrays.fill(training, true);
            for (int i : heldOut) training[i] = false;
            SamplingTarget target = scorer.trainingTarget(training);
            assertEquals(full.dimension(), target.dimension(), name);
            LogDensity fullDensity = full.newEvaluator(), trainingDensity = target.newEvaluator();
            UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(3);
            double[] pointwise = new double[ROWS];
            for (int t = 0; t < 4; t++) {
                double[] theta = new double[full.dimension()];
                for (int j = 0; j < theta.length; j++) theta[j] = 2 * rng.nextDouble() - 1;
                full.pointwiseLogLikelihood(theta, pointwise);
                double held = 0;
                for (int i : heldOut) held += pointwise[i];
                double expected = fullDensity.logDensity(theta) - held;
                assertEquals(expected, trainingDensity.logDensity(theta), 1e-9 * Math.abs(expected), name + " point " + t);

                double[][] ll = scorer.heldOutLogLikelihood(oneDraw(target, theta), heldOut);
                for (int j = 0; j < heldOut.length; j++) {
                    assertEquals(pointwise[heldOut[j]], ll[0][j], 1e-10 * (1 + Math.abs(pointwise[heldOut[j]])), name + " row " + heldOut[j]);
                }
            }
            assertTrue(held(pointwise, heldOut) < 0, name);
        }
    }

    private static double held(double[] pointwise, int[] rows) {
        double s = 0;
        for (int i : rows) s += pointwise[i];
        return s;
    }

    /** A one-draw chain holding the target's recorded output at {@code theta}. */
    private static Draws oneDraw(SamplingTarget target, double[] theta) {
        double[] out = new double[target.outputNames().size()];
        target.writeOutput(target.newEvaluator(), theta, out);
        ChainDraws chain = new ChainDraws(new double[][] {out}, Collections.nCopies(1, new SampleStats(0, 1, 0.1, 1, 1, false, 0)),
                new double[0][], List.of(), 0.1, new double[0], 0, 0, 0, null);
        return new Draws(target.outputVariables(), List.of(chain), Map.of());
    }
}
