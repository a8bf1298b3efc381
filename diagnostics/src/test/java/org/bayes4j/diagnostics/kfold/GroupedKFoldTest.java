package org.bayes4j.diagnostics.kfold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ServiceLoader;

import org.bayes4j.spi.diagnostic.KFoldProvider;
import org.bayes4j.spi.diagnostic.KFoldResult;
import org.bayes4j.spi.sampler.SamplerConfig;
import org.bayes4j.testkit.Gen;
import org.junit.jupiter.api.Test;

/**
 * K-fold by group on a random-intercept model, fitted with {@code nuts}: each fold
 * holds out whole groups, the scorer integrates the unknown new-group effect out by
 * simulation, and elpd_kfold matches the exact per-row predictive densities. The
 * same comparison catches the log-scale average (Jensen's inequality).
 *
 * <p>Tolerance: 4.5 first-order Monte Carlo SEs ({@link MonteCarloError}, computed
 * from the per-draw simulated values, so it covers both the posterior draws and the
 * R = 50 new effects per draw, conservatively; two-sided false-failure probability
 * about 7e-6), plus 0.05 nats for the first-order approximation. The log-scale
 * average falls about 15 nats short, far outside it.
 */
class GroupedKFoldTest {

    static final int GROUPS = 6;
    static final int PER_GROUP = 4;
    static final double SIGMA = 1.0;
    static final double TAU = 0.8;

    final KFoldProvider kfold = ServiceLoader.load(KFoldProvider.class).findFirst().orElseThrow();
    final SamplerConfig config = SamplerConfig.defaults().withChains(4).withWarmup(500).withDraws(1000).withSeed(99L);

    @Test
    void heldOutGroupsAreScoredByTheirMarginalPredictiveDensity() {
        Gen g = Gen.seeded(8);
        int n = GROUPS * PER_GROUP;
        double[] y = new double[n];
        int[] group = new int[n];
        for (int c = 0; c < GROUPS; c++) {
            double u = TAU * g.normal();
            for (int j = 0; j < PER_GROUP; j++) {
                group[c * PER_GROUP + j] = c;
                y[c * PER_GROUP + j] = 0.5 + u + SIGMA * g.normal();
            }
        }
        int[] folds = kfold.splitGrouped(3, group, 5L);
        RandomInterceptScorer scorer = new RandomInterceptScorer(y, group, GROUPS, SIGMA, TAU, 50, false, kfold, 1L);
        KFoldResult result = kfold.crossValidate(scorer, folds, "nuts", config, false);

        double exact = 0;
        for (int i = 0; i < n; i++) {
            boolean[] training = new boolean[n];
            for (int j = 0; j < n; j++) training[j] = folds[j] != folds[i];
            exact += scorer.exactPredictive(training, i);
        }
        double tolerance = 4.5 * MonteCarloError.of(scorer, folds, config) + 0.05;
        System.out.println("grouped kfold: elpd " + result.elpdKfold() + ", exact " + exact + ", tolerance " + tolerance);
        assertTrue(tolerance < 0.8, "Monte Carlo error unexpectedly large: tolerance " + tolerance);
        assertEquals(exact, result.elpdKfold(), tolerance, "grouped elpd_kfold against the exact value");

        RandomInterceptScorer jensen = new RandomInterceptScorer(y, group, GROUPS, SIGMA, TAU, 50, true, kfold, 1L);
        KFoldResult biased = kfold.crossValidate(jensen, folds, "nuts", config, false);
        System.out.println("grouped kfold: log-scale average gives " + biased.elpdKfold());
        assertTrue(exact - biased.elpdKfold() > tolerance, "the log-scale average " + biased.elpdKfold()
                + " should fall detectably below the exact " + exact);
    }
}
