package org.bayes4j.models.grouped;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.apache.commons.rng.simple.RandomSource;
import org.bayes4j.models.testing.Backends;
import org.bayes4j.models.testing.PosteriorMoments;
import org.bayes4j.models.testing.Providers;
import org.bayes4j.spi.draws.Draws;
import org.bayes4j.spi.model.ModelProvider;
import org.bayes4j.spi.model.Simulation;
import org.junit.jupiter.api.Test;

/**
 * End to end, both forms of model 2: simulate 40 groups (N_g ~ Poisson(30))
 * with the covariance of MODELS.md (sds 0.5 and 1.0, correlation 0.7) and
 * mu = (0.3, -0.2), seed 2026; fit with NUTS (2 chains x (300 + 300)); and
 * recover the truth.
 *
 * <p>Criteria: each of mu, the standard deviations, the correlation and the
 * three distinct covariance entries must have its truth inside the central
 * 99% interval (false-failure probability 0.01 each; the data are fixed, so
 * a pass is reproducible); the 80 group effects must be covered by their
 * central 90% intervals at least 62 times (75%); were the coverages
 * independent the count would be Binomial(80, 0.9), with mean 72 and
 * P(fewer than 62) = 3e-4; shared hyperparameters correlate them, which
 * widens that spread somewhat.
 */
class GroupedMultinomialRecoveryTest {

    private static final int GROUPS = 40;

    @Test
    void nonCenteredRecoversCovarianceAndGroupEffects() {
        assertRecovers("grouped-multinomial-noncentered");
    }

    @Test
    void centeredRecoversCovarianceAndGroupEffects() {
        assertRecovers("grouped-multinomial-centered");
    }

    private static void assertRecovers(String name) {
        ModelProvider p = Providers.named(name);
        double[] l = CholeskyFactors.fromScalesAndCorrelation(new double[] {0.5, 1.0}, 0.7);
        Simulation sim = p.simulate(RandomSource.SPLIT_MIX_64.create(2026), Map.of("groups", GROUPS),
                Map.of("L", l, "mu", new double[] {0.3, -0.2}));
        Draws draws = Backends.fitNuts(p.build(sim.data()), Backends.config(2, 300, 300, 2026));

        assertCovered(draws, "mu", 0, 0.3);
        assertCovered(draws, "mu", 1, -0.2);
        assertCovered(draws, "sds", 0, 0.5);
        assertCovered(draws, "sds", 1, 1.0);
        assertCovered(draws, "corr", 2, 0.7);
        double[] sigma = CholeskyFactors.covariance(l, 2);
        double[][] covariance = covarianceDraws(draws);
        for (int e : new int[] {0, 2, 3}) {
            PosteriorMoments m = PosteriorMoments.of(new double[][] {covariance[e]});
            assertTrue(m.quantile(0.005) <= sigma[e] && sigma[e] <= m.quantile(0.995),
                    name + ": Sigma[" + e + "] = " + sigma[e] + " outside [" + m.quantile(0.005) + ", " + m.quantile(0.995) + "]");
        }

        double[] u = sim.truth().containsKey("z") ? CholeskyFactors.multiplyRows(l, sim.truth().get("z"), 2) : sim.truth().get("group_effects");
        int covered = 0;
        for (int i = 0; i < u.length; i++) {
            PosteriorMoments m = PosteriorMoments.of(draws, "group_effects", i);
            if (m.quantile(0.05) <= u[i] && u[i] <= m.quantile(0.95)) covered++;
        }
        System.out.printf("%s: covered %d of %d; divergences %d; sds %s %s corr %s%n", name, covered, u.length, draws.divergences(),
                summary(draws, "sds", 0), summary(draws, "sds", 1), summary(draws, "corr", 2));
        assertTrue(covered >= 62, name + ": 90% intervals covered " + covered + " of " + u.length + " group effects");
    }

    /** Draws of Sigma = L L^T (row-major), pooled over chains, computed from the recorded L. */
    private static double[][] covarianceDraws(Draws draws) {
        int start = GroupFoldScorer.offset(draws, "L", 4);
        int chains = draws.numChains(), n = draws.numDraws();
        double[][] out = new double[4][chains * n];
        for (int c = 0; c < chains; c++) {
            double[][] rows = draws.chains().get(c).draws();
            for (int i = 0; i < n; i++) {
                double[] sigma = CholeskyFactors.covariance(java.util.Arrays.copyOfRange(rows[i], start, start + 4), 2);
                for (int e = 0; e < 4; e++) out[e][c * n + i] = sigma[e];
            }
        }
        return out;
    }

    private static String summary(Draws draws, String name, int index) {
        PosteriorMoments m = PosteriorMoments.of(draws, name, index);
        return String.format("[%.3f, %.3f] (ess %.0f)", m.quantile(0.005), m.quantile(0.995), m.ess());
    }

    private static void assertCovered(Draws draws, String name, int index, double truth) {
        PosteriorMoments m = PosteriorMoments.of(draws, name, index);
        double lo = m.quantile(0.005), hi = m.quantile(0.995);
        assertTrue(lo <= truth && truth <= hi, name + "[" + index + "]: truth " + truth + " outside the central 99% interval [" + lo + ", " + hi + "]");
    }
}
