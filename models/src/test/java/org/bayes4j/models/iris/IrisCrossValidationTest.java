package org.bayes4j.models.iris;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.bayes4j.models.testing.Backends;
import org.bayes4j.models.testing.Providers;
import org.bayes4j.spi.density.LogDensity;
import org.bayes4j.spi.density.SamplingTarget;
import org.bayes4j.spi.diagnostic.FoldScorer;
import org.bayes4j.spi.diagnostic.KFoldProvider;
import org.bayes4j.spi.diagnostic.KFoldResult;
import org.bayes4j.spi.draws.Draws;
import org.bayes4j.spi.model.CompiledModel;
import org.bayes4j.spi.model.CrossValidation;
import org.bayes4j.spi.model.ModelData;
import org.bayes4j.spi.model.ModelProvider;
import org.bayes4j.spi.sampler.ProgressListener;
import org.junit.jupiter.api.Test;

/**
 * The {@code FoldScorer} laws for the iris models' row-wise K-fold, on 40
 * simulated flowers (the validation size): the training target's likelihood
 * uses exactly the training rows (its log density differs from the full
 * model's by the held-out rows' log likelihoods, at any point), and the
 * held-out log likelihood of each draw equals the full model's pointwise log
 * likelihood of those rows at the same parameters. Then 5-fold
 * cross-validation runs end to end through the installed {@link KFoldProvider}.
 */
class IrisCrossValidationTest {

    private static final int ROWS = 40;

    @Test
    void rowsWithoutGroupings() {
        for (String name : List.of("iris-pivot", "iris-sumzero")) {
            ModelProvider p = Providers.named(name);
            CrossValidation cv = p.crossValidation(data(p)).orElseThrow();
            assertEquals(ROWS, cv.rows());
            assertEquals(Map.of(), cv.groupings());
            assertEquals(ROWS, cv.scorer(null).rows());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> cv.scorer("species"));
            assertTrue(e.getMessage().contains("no grouping 'species'"), e.getMessage());
        }
    }

    @Test
    void trainingTargetUsesExactlyTheTrainingRows() {
        for (String name : List.of("iris-pivot", "iris-sumzero")) {
            ModelProvider p = Providers.named(name);
            ModelData d = data(p);
            CompiledModel full = p.build(d).compile();
            FoldScorer scorer = p.crossValidation(d).orElseThrow().scorer(null);
            boolean[] training = new boolean[ROWS];
            for (int i = 0; i < ROWS; i++) training[i] = i % 5 != 2;
            SamplingTarget target = scorer.trainingTarget(training);
            assertEquals(full.dimension(), target.dimension());
            LogDensity fullDensity = full.newEvaluator(), trainingDensity = target.newEvaluator();
            UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(3);
            double[] pointwise = new double[ROWS];
            for (int t = 0; t < 5; t++) {
                double[] theta = new double[full.dimension()];
                for (int j = 0; j < theta.length; j++) theta[j] = 4 * rng.nextDouble() - 2;
                full.pointwiseLogLikelihood(theta, pointwise);
                double heldOut = 0;
                for (int i = 0; i < ROWS; i++) if (!training[i]) heldOut += pointwise[i];
                double expected = fullDensity.logDensity(theta) - heldOut;
                assertEquals(expected, trainingDensity.logDensity(theta), 1e-9 * Math.abs(expected), name + " point " + t);
            }
        }
    }

    @Test
    void heldOutLogLikelihoodIsTheFullModelsPointwiseValue() {
        ModelProvider p = Providers.named("iris-sumzero");
        ModelData d = data(p);
        CompiledModel full = p.build(d).compile();
        FoldScorer scorer = p.crossValidation(d).orElseThrow().scorer(null);
        boolean[] training = new boolean[ROWS];
        int[] heldOut = {3, 8, 13, 21, 39};
        java.util.Arrays.fill(training, true);
        for (int i : heldOut) training[i] = false;
        Draws draws = Backends.sampler("nuts").orElseThrow()
                .sample(scorer.trainingTarget(training), Backends.config(2, 100, 50, 9), ProgressListener.NONE);
        double[][] ll = scorer.heldOutLogLikelihood(draws, heldOut);
        assertEquals(100, ll.length);
        double[] pointwise = new double[ROWS];
        for (int c = 0; c < 2; c++) {
            for (int s = 0; s < 50; s++) {
                full.pointwiseLogLikelihood(full.unconstrain(IrisFits.values(draws, c, s, List.of("alpha", "beta"))), pointwise);
                for (int j = 0; j < heldOut.length; j++) {
                    assertEquals(pointwise[heldOut[j]], ll[c * 50 + s][j], 1e-10, "chain " + c + " draw " + s + " row " + heldOut[j]);
                    assertTrue(ll[c * 50 + s][j] < 0, "a log probability of a category is negative");
                }
            }
        }
    }

    @Test
    void fiveFoldRunsThroughTheKFoldService() {
        ModelProvider p = Providers.named("iris-pivot");
        ModelData d = data(p);
        KFoldProvider kfold = ServiceLoader.load(KFoldProvider.class).findFirst().orElseThrow();
        int[] folds = kfold.splitStratified(5, d.ints("y"), 4);
        KFoldResult r = kfold.crossValidate(p.crossValidation(d).orElseThrow().scorer(null), folds, "nuts",
                Backends.config(1, 150, 150, 4), true);
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
        assertEquals(ROWS, r.pointwiseElpd().length);
        // out of sample is worse than in sample, and both beat guessing one species in three (40 log(1/3) = -43.9)
        assertTrue(r.pKfold() > 0, "p_kfold " + r.pKfold());
        assertTrue(r.elpdKfold() > ROWS * Math.log(1.0 / 3), "elpd_kfold " + r.elpdKfold());
    }

    private static ModelData data(ModelProvider p) {
        return p.simulate(RandomSource.SPLIT_MIX_64.create(17), p.validationSizes(), Map.of()).data();
    }
}
