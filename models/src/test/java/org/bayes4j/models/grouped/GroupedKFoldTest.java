package org.bayes4j.models.grouped;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.ServiceLoader;

import org.apache.commons.rng.simple.RandomSource;
import org.bayes4j.models.testing.Backends;
import org.bayes4j.models.testing.Providers;
import org.bayes4j.spi.density.SamplingTarget;
import org.bayes4j.spi.diagnostic.FoldScorer;
import org.bayes4j.spi.diagnostic.KFoldProvider;
import org.bayes4j.spi.diagnostic.KFoldResult;
import org.bayes4j.spi.draws.Draws;
import org.bayes4j.spi.model.CrossValidation;
import org.bayes4j.spi.model.ModelData;
import org.bayes4j.spi.model.ModelProvider;
import org.junit.jupiter.api.Test;

/**
 * Grouped K-fold end to end through the SPI, as {@code bayes4j kfold --by group}
 * runs it: the provider's {@link CrossValidation}, the {@link KFoldProvider}
 * found by {@code ServiceLoader} splitting 12 groups (the validation sizes,
 * N_g ~ Poisson(20)) into 4 folds, NUTS fits of 2 chains x (200 + 200) per
 * fold, and a full-data fit for {@code p_kfold}.
 *
 * <p>Checks: every group is held out once with a finite {@code elpd_i} below
 * 0 (a log probability of counts); the total is the sum; and
 * {@code p_kfold = lpd - elpd_kfold} is clearly positive for the
 * logistic-normal model, whose in-sample lpd uses each group's fitted effect
 * while a held-out group's score must integrate an unseen one.
 * {@link #aScorerThatLetsHeldOutGroupsIntoTheFitIsCaught} shows that check
 * failing for a scorer that fits all groups in every fold.
 */
class GroupedKFoldTest {

    private static final Map<String, double[]> TRUTH = Map.of(
            "L", CholeskyFactors.fromScalesAndCorrelation(new double[] {0.5, 1.0}, 0.7), "mu", new double[2]);

    @Test
    void logisticNormalKFoldByGroupRunsEndToEnd() {
        KFoldResult result = run("grouped-multinomial-noncentered", TRUTH, false);
        assertTrue(result.pKfold() > 3, "p_kfold " + result.pKfold() + ": fitted effects should beat integrating them out");
    }

    @Test
    void aScorerThatLetsHeldOutGroupsIntoTheFitIsCaught() {
        KFoldResult result = run("grouped-multinomial-noncentered", TRUTH, true);
        assertTrue(Math.abs(result.pKfold()) < 3, "a leaky scorer's p_kfold " + result.pKfold() + " should be near 0");
    }

    @Test
    void dirichletMultinomialKFoldByGroupRunsEndToEnd() {
        KFoldResult result = run("dirichlet-multinomial", Map.of(), false);
        // three concentrations for 12 groups: each refit differs little from the full fit
        assertTrue(result.pKfold() > 0 && result.pKfold() < 6, "p_kfold " + result.pKfold());
    }

    private static KFoldResult run(String name, Map<String, double[]> truth, boolean leaky) {
        KFoldProvider kfold = ServiceLoader.load(KFoldProvider.class).findFirst().orElseThrow(() -> new AssertionError("no KFoldProvider"));
        ModelProvider p = Providers.named(name);
        ModelData data = p.simulate(RandomSource.SPLIT_MIX_64.create(31), p.validationSizes(), truth).data();
        CrossValidation cv = p.crossValidation(data).orElseThrow();
        int[] folds = kfold.splitGrouped(4, cv.groupings().get("group"), 5);
        FoldScorer scorer = leaky ? fitsEveryGroup(cv.scorer("group")) : cv.scorer("group");
        KFoldResult result = kfold.crossValidate(scorer, folds, "nuts", Backends.config(2, 200, 200, 17), true);

        double[] elpd = result.pointwiseElpd();
        assertEquals(12, elpd.length, name);
        assertArrayEquals(folds, result.folds(), name);
        assertEquals(4, result.numFolds(), name);
        for (int g = 0; g < 12; g++) assertTrue(Double.isFinite(elpd[g]) && elpd[g] < 0, name + ": elpd[" + g + "] = " + elpd[g]);
        assertEquals(Arrays.stream(elpd).sum(), result.elpdKfold(), 1e-9, name);
        System.out.printf("%s%s: elpd_kfold %.2f (se %.2f), p_kfold %.2f, warnings %s%n", name, leaky ? " (leaky)" : "", result.elpdKfold(),
                result.seElpdKfold(), result.pKfold(), result.warnings());
        return result;
    }

    /** A broken scorer: every fold is fitted to all groups, so the held-out groups are scored with their fitted effects. */
    private static FoldScorer fitsEveryGroup(FoldScorer honest) {
        return new FoldScorer() {
            @Override public int rows() { return honest.rows(); }
            @Override public SamplingTarget trainingTarget(boolean[] training) {
                boolean[] all = new boolean[training.length];
                Arrays.fill(all, true);
                return honest.trainingTarget(all);
            }
            @Override public double[][] heldOutLogLikelihood(Draws posterior, int[] heldOut) {
                return honest.heldOutLogLikelihood(posterior, heldOut);
            }
        };
    }
}
