package org.bayes4j.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.bayes4j.models.support.RandomDraws;
import org.bayes4j.models.testing.Providers;
import org.bayes4j.spi.model.ModelProvider;
import org.bayes4j.spi.model.Simulation;
import org.junit.jupiter.api.Test;

/**
 * The simulators draw from the model's stated distributions. Each check is a
 * z-test of a sample moment against its exact value with n = 4000 draws and
 * threshold |z| < 4.5 (two-sided false-failure probability 6.8e-6 per check,
 * under 1e-4 over the file's checks; seeds are fixed, so a pass is
 * reproducible). {@link #theCheckCatchesARateMistakenForAMean} shows the same
 * check rejects a deliberately wrong simulator.
 */
class SimulatorMatchesPriorTest {

    private static final int N = 4000;
    private static final double Z = 4.5;

    @Test
    void reedFrogHyperpriorsAndTankEffects() {
        ModelProvider frogs = Providers.named("reedfrogs");
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(2024);
        double[] alphaBar = new double[N];
        double[] sigma = new double[N];
        for (int i = 0; i < N; i++) {
            Simulation s = frogs.simulate(rng, Map.of("tanks", 1), Map.of());
            alphaBar[i] = s.truth().get("alpha_bar")[0];
            sigma[i] = s.truth().get("sigma")[0];
        }
        assertMean(alphaBar, 0, 1.5, "alpha_bar ~ N(0, 1.5)");
        assertVariance(alphaBar, 1.5 * 1.5, 2 * Math.pow(1.5, 4), "alpha_bar ~ N(0, 1.5)");
        assertMean(sigma, 1, 1, "sigma ~ Exponential(1)");

        Simulation s = frogs.simulate(rng, Map.of("tanks", N), Map.of("alpha_bar", new double[] {0.7}, "sigma", new double[] {1.3}));
        double[] alpha = s.truth().get("alpha");
        assertMean(alpha, 0.7, 1.3, "alpha ~ N(0.7, 1.3)");
        assertVariance(alpha, 1.3 * 1.3, 2 * Math.pow(1.3, 4), "alpha ~ N(0.7, 1.3)");
    }

    @Test
    void reedFrogSurvivorsAreBinomial() {
        ModelProvider frogs = Providers.named("reedfrogs");
        double[] alpha = new double[N * 3];
        java.util.Arrays.fill(alpha, 0.4);
        Simulation s = frogs.simulate(RandomSource.SPLIT_MIX_64.create(99), Map.of("tanks", N * 3), Map.of("alpha", alpha));
        int[] density = s.data().ints("density");
        int[] surv = s.data().ints("surv");
        double p = RandomDraws.logistic(0.4);
        for (int d : new int[] {10, 25, 35}) {
            double[] fraction = new double[N];
            int k = 0;
            for (int j = 0; j < density.length; j++) if (density[j] == d) fraction[k++] = surv[j];
            assertEquals(N, k, "tanks of density " + d);
            assertMean(fraction, d * p, Math.sqrt(d * p * (1 - p)), "Binomial(" + d + ", logistic(0.4))");
        }
    }

    @Test
    void binomialDrawsHaveBinomialMomentsOnEveryPath() {
        RandomDraws draw = new RandomDraws(RandomSource.SPLIT_MIX_64.create(31));
        // (trials, p): waiting times; waiting times counting failures; table method; table method counting failures
        int[] trials = {20, 1000, 200, 200};
        double[] prob = {0.1, 0.999, 0.3, 0.8};
        for (int c = 0; c < trials.length; c++) {
            double[] x = new double[N];
            for (int i = 0; i < N; i++) x[i] = draw.binomial(trials[c], prob[c]);
            double mean = trials[c] * prob[c];
            double variance = mean * (1 - prob[c]);
            assertMean(x, mean, Math.sqrt(variance), "Binomial(" + trials[c] + ", " + prob[c] + ")");
        }
        assertEquals(0, draw.binomial(35, RandomDraws.logistic(-40)), "P(any success) is 1.5e-16");
        assertEquals(35, draw.binomial(35, RandomDraws.logistic(40)));
    }

    @Test
    void eightSchoolsPriors() {
        ModelProvider schools = Providers.named("eight-schools-noncentered");
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(7);
        double[] mu = new double[N];
        double[] tauBelowFive = new double[N];
        for (int i = 0; i < N; i++) {
            Simulation s = schools.simulate(rng, Map.of("schools", 1), Map.of());
            mu[i] = s.truth().get("mu")[0];
            // HalfCauchy(5) has median 5: the indicator tau < 5 is Bernoulli(1/2)
            tauBelowFive[i] = s.truth().get("tau")[0] < 5 ? 1 : 0;
        }
        assertMean(mu, 0, 5, "mu ~ N(0, 5)");
        assertMean(tauBelowFive, 0.5, 0.5, "P(tau < 5) for HalfCauchy(5)");

        Simulation s = schools.simulate(rng, Map.of("schools", N), Map.of("mu", new double[] {3}, "tau", new double[] {2}));
        assertMean(s.truth().get("eta"), 0, 1, "eta ~ N(0, 1)");
        double[] y = s.data().doubles("y");
        double[] sigma = s.data().doubles("sigma");
        double[] z = new double[N];
        // y_j = mu + tau eta_j + sigma_j e_j, so (y_j - mu) / sqrt(tau^2 + sigma_j^2) ~ N(0, 1)
        for (int j = 0; j < N; j++) z[j] = (y[j] - 3) / Math.sqrt(4 + sigma[j] * sigma[j]);
        assertMean(z, 0, 1, "standardised y");
        assertVariance(z, 1, 2, "standardised y");
    }

    @Test
    void theCheckCatchesARateMistakenForAMean() {
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(1);
        RandomDraws draw = new RandomDraws(rng);
        double[] wrong = new double[N];
        // a broken simulator for Exponential(rate 2) that passes the rate where the mean belongs
        for (int i = 0; i < N; i++) wrong[i] = draw.exponential(0.5);
        AssertionError e = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                () -> assertMean(wrong, 0.5, 0.5, "Exponential(2)"));
        assertTrue(e.getMessage().contains("Exponential(2)"), e.getMessage());
    }

    /** z-test of the sample mean against {@code mean}, with the exact sd of one draw. */
    static void assertMean(double[] x, double mean, double sd, String what) {
        double m = 0;
        for (double v : x) m += v;
        m /= x.length;
        double z = (m - mean) / (sd / Math.sqrt(x.length));
        assertTrue(Math.abs(z) < Z, what + ": sample mean " + m + " vs " + mean + " (z = " + z + ")");
    }

    /** z-test of the sample variance (known mean not assumed) against {@code variance}; {@code varOfSquare} is Var((X-mu)^2). */
    static void assertVariance(double[] x, double variance, double varOfSquare, String what) {
        double m = 0;
        for (double v : x) m += v;
        m /= x.length;
        double s = 0;
        for (double v : x) s += (v - m) * (v - m);
        s /= x.length - 1;
        double z = (s - variance) / Math.sqrt(varOfSquare / x.length);
        assertTrue(Math.abs(z) < Z, what + ": sample variance " + s + " vs " + variance + " (z = " + z + ")");
    }
}
