package org.bayes4j.models.grouped;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.bayes4j.models.testing.Providers;
import org.bayes4j.spi.model.ModelData;
import org.bayes4j.spi.model.ModelProvider;
import org.bayes4j.spi.model.Simulation;
import org.junit.jupiter.api.Test;

/**
 * The simulators of models 2 and 3 draw from the stated priors and
 * likelihoods. Each check is a z-test of a sample mean against its exact
 * value, n = 4000 draws, |z| < 4.5 (two-sided false-failure probability
 * 6.8e-6 per check, under 1e-4 over this file; seeds are fixed).
 * {@link #theCheckCatchesTheWrongLkjShape} shows the check rejects an LKJ
 * draw with the wrong shape.
 */
class GroupedSimulatorsMatchPriorTest {

    private static final int N = 4000;
    private static final double Z = 4.5;

    /**
     * s ~ HalfStudentT(3, 2): P(s < 2) = P(|t_3| < 1) = 2 F(1) - 1 with the t_3 distribution function
     * F(t) = 1/2 + (1/pi) [t / (sqrt 3 (1 + t^2/3)) + atan(t / sqrt 3)], so P = (2/pi)(3/(4 sqrt 3) + pi/6).
     * For d = 2, LKJ(1) makes the correlation uniform on (-1, 1): mean 0, E r^2 = 1/3. mu ~ N(0, 1).
     */
    @Test
    void scalesCorrelationAndMeansOfTheLogisticNormalPrior() {
        ModelProvider p = Providers.named("grouped-multinomial-noncentered");
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(41);
        double[] below2 = new double[N], r = new double[N], r2 = new double[N], mu = new double[N];
        for (int i = 0; i < N; i++) {
            Simulation s = p.simulate(rng, Map.of("groups", 1), Map.of());
            double[] l = s.truth().get("L");
            double s0 = Math.hypot(l[0], l[1]), s1 = Math.hypot(l[2], l[3]);
            below2[i] = s1 < 2 ? 1 : 0;
            r[i] = (l[0] * l[2] + l[1] * l[3]) / (s0 * s1);
            r2[i] = r[i] * r[i];
            mu[i] = s.truth().get("mu")[1];
        }
        double pBelow = 2 / Math.PI * (3 / (4 * Math.sqrt(3)) + Math.PI / 6);
        assertMean(below2, pBelow, Math.sqrt(pBelow * (1 - pBelow)), "P(s < 2), s ~ HalfStudentT(3, 2)");
        assertMean(r, 0, Math.sqrt(1 / 3.0), "LKJ(1) correlation, d = 2");
        // r^2 for r uniform on (-1, 1): mean 1/3, variance 1/5 - 1/9
        assertMean(r2, 1 / 3.0, Math.sqrt(1 / 5.0 - 1 / 9.0), "LKJ(1) squared correlation, d = 2");
        assertMean(mu, 0, 1, "mu ~ N(0, 1)");
    }

    /**
     * With four categories (d = 3) every correlation of LKJ(eta) is marginally 2 Beta(a, a) - 1 with
     * a = eta - 1 + d/2 = 3/2, so E r^2 = 1/(2a + 1) = 1/4 (Lewandowski et al. 2009, §3.2); checked for a pair
     * of the first C-vine column and one of the second, which are built differently.
     */
    @Test
    void lkjCorrelationsHaveTheirMarginalInThreeDimensions() {
        double[][] squared = lkjSquaredCorrelations(1.0);
        double a = 1.5;
        // E r^4 = 3 / ((2a + 1)(2a + 3)) for 2 Beta(a, a) - 1
        double sd = Math.sqrt(3 / ((2 * a + 1) * (2 * a + 3)) - 1 / Math.pow(2 * a + 1, 2));
        assertMean(squared[0], 1 / (2 * a + 1), sd, "r[1,0]^2 for LKJ(1), d = 3");
        assertMean(squared[1], 1 / (2 * a + 1), sd, "r[2,1]^2 for LKJ(1), d = 3");
    }

    @Test
    void theCheckCatchesTheWrongLkjShape() {
        // eta = 3 concentrates the correlations (a = 7/2, E r^2 = 1/8): the check for eta = 1 must fail
        double[][] squared = lkjSquaredCorrelations(3.0);
        double a = 1.5;
        double sd = Math.sqrt(3 / ((2 * a + 1) * (2 * a + 3)) - 1 / Math.pow(2 * a + 1, 2));
        AssertionError e = assertThrows(AssertionError.class, () -> assertMean(squared[1], 1 / (2 * a + 1), sd, "r[2,1]^2"));
        assertTrue(e.getMessage().contains("r[2,1]^2"), e.getMessage());
    }

    /** Multinomial given fixed logits: E n_k = E N p_k and Var n_k = p_k (1 - p_k) E N + p_k^2 Var N with N ~ Poisson(30). */
    @Test
    void countsAreMultinomialGivenTheEffects() {
        ModelProvider p = Providers.named("grouped-multinomial-centered");
        double[] u = new double[2 * N];
        for (int g = 0; g < N; g++) {
            u[2 * g] = 0.8;
            u[2 * g + 1] = -0.4;
        }
        Simulation s = p.simulate(RandomSource.SPLIT_MIX_64.create(5), Map.of("groups", N),
                Map.of("mu", new double[] {0.2, 0.1}, "group_effects", u, "L", new double[] {1, 0, 0.5, 0.5}));
        double[] prob = LogisticNormalSimulator.softmax(new double[] {0, 1.0, -0.3});
        double lambda = 30;
        for (int k = 0; k < 3; k++) {
            double[] n = s.data().doubles("n" + k);
            double mean = lambda * prob[k];
            double variance = prob[k] * (1 - prob[k]) * lambda + prob[k] * prob[k] * lambda;
            assertMean(n, mean, Math.sqrt(variance), "n" + k);
        }
        assertMean(s.data().doubles("trials"), lambda, Math.sqrt(lambda), "N ~ Poisson(30)");
    }

    /**
     * Dirichlet-multinomial given alpha (one concentration below 1, which takes the log-space gamma path): with
     * p_k = alpha_k / alpha_0, E n_k = lambda p_k and, N ~ Poisson(lambda) so E N(N + alpha_0) = lambda + lambda^2
     * + alpha_0 lambda, Var n_k = p_k (1 - p_k) E[N (N + alpha_0)] / (1 + alpha_0) + p_k^2 lambda.
     */
    @Test
    void dirichletMultinomialCountsAndHalfNormalConcentrations() {
        ModelProvider p = Providers.named("dirichlet-multinomial");
        double[] alpha = {0.3, 2, 5};
        Simulation s = p.simulate(RandomSource.SPLIT_MIX_64.create(8), Map.of("groups", N), Map.of("alpha", alpha));
        double a0 = 7.3, lambda = 30;
        for (int k = 0; k < 3; k++) {
            double pk = alpha[k] / a0;
            double variance = pk * (1 - pk) * (lambda + lambda * lambda + a0 * lambda) / (1 + a0) + pk * pk * lambda;
            assertMean(s.data().doubles("n" + k), lambda * pk, Math.sqrt(variance), "DM n" + k);
        }
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(9);
        double[] a = new double[N];
        for (int i = 0; i < N; i++) a[i] = p.simulate(rng, Map.of("groups", 1), Map.of()).truth().get("alpha")[2];
        assertMean(a, 5 * Math.sqrt(2 / Math.PI), 5 * Math.sqrt(1 - 2 / Math.PI), "alpha ~ HalfNormal(5)");
    }

    @Test
    void bothFormsSimulateTheSameDataFromOneSeedAndUEqualsLz() {
        Simulation c = Providers.named("grouped-multinomial-centered").simulate(RandomSource.SPLIT_MIX_64.create(11), Map.of("groups", 7), Map.of());
        Simulation n = Providers.named("grouped-multinomial-noncentered").simulate(RandomSource.SPLIT_MIX_64.create(11), Map.of("groups", 7), Map.of());
        for (String v : n.data().names()) assertArrayEquals(n.data().doubles(v), c.data().doubles(v), v);
        assertArrayEquals(CholeskyFactors.multiplyRows(n.truth().get("L"), n.truth().get("z"), 2), c.truth().get("group_effects"), 1e-12);
    }

    @Test
    void badParametersFailNamingThem() {
        ModelProvider p = Providers.named("grouped-multinomial-noncentered");
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(1);
        assertMessage(() -> p.simulate(rng, Map.of(), Map.of("L", new double[] {1, 0.5, 0, 1})),
                "parameter L[0, 1] is 0.5, but a Cholesky factor is zero above the diagonal");
        assertMessage(() -> p.simulate(rng, Map.of(), Map.of("L", new double[] {1, 0, 0.5, -1})),
                "parameter L[1, 1] is -1.0, but the diagonal of a Cholesky factor must be positive");
        assertMessage(() -> p.simulate(rng, Map.of(), Map.of("L", new double[] {1, 0, 0})), "parameter 'L' has 3 values");
        assertMessage(() -> p.simulate(rng, Map.of("categories", 1), Map.of()), "size 'categories' is 1, but must be >= 2");
        assertMessage(() -> Providers.named("dirichlet-multinomial").simulate(rng, Map.of(), Map.of("alpha", new double[] {1, 0, 1})),
                "parameter alpha[1] is 0.0, but must be positive");
        ModelData four = p.simulate(rng, Map.of("categories", 4, "groups", 3), Map.of()).data();
        assertEquals(9, p.build(four).variable("L").orElseThrow().size(), "K = 4 gives a 3 x 3 factor");
    }

    private static double[][] lkjSquaredCorrelations(double eta) {
        CountDraws draw = new CountDraws(RandomSource.SPLIT_MIX_64.create(17));
        double[][] out = new double[2][N];
        for (int i = 0; i < N; i++) {
            double[] l = draw.lkjCorrCholesky(3, eta);
            double r10 = l[3] * l[0];
            double r21 = l[6] * l[3] + l[7] * l[4];
            out[0][i] = r10 * r10;
            out[1][i] = r21 * r21;
        }
        return out;
    }

    private static void assertMessage(org.junit.jupiter.api.function.Executable call, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(expected), "message was: " + e.getMessage());
    }

    /** z-test of the sample mean against {@code mean}, with the exact sd of one draw. */
    static void assertMean(double[] x, double mean, double sd, String what) {
        double m = 0;
        for (double v : x) m += v;
        m /= x.length;
        double z = (m - mean) / (sd / Math.sqrt(x.length));
        assertTrue(Math.abs(z) < Z, what + ": sample mean " + m + " vs " + mean + " (z = " + z + ")");
    }
}
