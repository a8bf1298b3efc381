package org.bayes4j.models.confounded;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.models.support.RandomDraws;
import org.bayes4j.models.testing.Providers;
import org.bayes4j.spi.model.ModelData;
import org.bayes4j.spi.model.ModelProvider;
import org.bayes4j.spi.model.Simulation;
import org.junit.jupiter.api.Test;

/**
 * The simulators draw what they state. Each check is a z-test of a sample
 * mean against its exact value with threshold |z| < 4.5 (two-sided
 * false-failure probability 6.8e-6 per check); seeds are fixed.
 */
class ConfoundedSimulatorsMatchPriorTest {

    private static final double Z = 4.5;

    /** The world: X - U ~ N(0, 1) is not observable, but X within a group has variance 1 and group means spread with sd 1.5. */
    @Test
    void worldDrawsTheCataloguesProcess() {
        ModelData d = ConfoundedWorld.simulate(RandomDraws.seeded(11), Map.of("groups", 400, "individuals", 8000), null);
        ConfoundedData.Individuals w = ConfoundedData.read(d);
        // within-group deviations: sum (x - xbar_g)^2 / (N - G) estimates Var(X | U) = 1
        double ss = 0;
        for (int i = 0; i < w.size(); i++) ss += Math.pow(w.x()[i] - w.xbar()[w.group()[i]], 2);
        double within = ss / (w.size() - w.groups());
        assertNear(within, 1, Math.sqrt(2.0 / (w.size() - w.groups())), "within-group variance of X");
        double[] z = w.z();
        assertNear(mean(z), 0, 1 / Math.sqrt(z.length), "mean of Z ~ N(0, 1)");
        // P(Y = 1) = E logistic(-2 + X + U - 0.5 Z): the same expectation by simulation of the latent variables
        UniformRandomProvider rng = RandomDraws.seeded(12);
        RandomDraws draw = new RandomDraws(rng);
        int n = 400_000;
        double p = 0;
        for (int i = 0; i < n; i++) {
            double u = draw.normal(0, 1.5);
            p += RandomDraws.logistic(-2 + draw.normal(u, 1) + u - 0.5 * draw.normal(0, 1));
        }
        p /= n;
        double[] y = d.doubles("Y");
        // outcomes in a group share U, so the binomial se is widened by the square root of the design effect
        // 1 + (m - 1) ICC <= 1 + 19 * 0.4 < 9 (m = 20 per group; ICC on the logit scale 2.25 / (2.25 + 3.29) < 0.4)
        assertNear(mean(y), p, Math.sqrt(p * (1 - p) / y.length) * 3, "P(Y = 1), allowing for group clustering");
    }

    @Test
    void estimatorPriors() {
        UniformRandomProvider rng = RandomDraws.seeded(13);
        int n = 3000;
        double[] tau = new double[n], bX = new double[n], alpha = new double[n], sigmaX = new double[n];
        ModelProvider multilevel = Providers.named("confounded-multilevel");
        ModelProvider naive = Providers.named("confounded-naive");
        ModelProvider latent = Providers.named("confounded-latent-mundlak");
        Map<String, Integer> tiny = Map.of("groups", 1, "individuals", 1);
        for (int i = 0; i < n; i++) {
            Simulation s = multilevel.simulate(rng, tiny, Map.of());
            tau[i] = s.truth().get("tau")[0];
            bX[i] = s.truth().get("b_X")[0];
            alpha[i] = naive.simulate(rng, tiny, Map.of()).truth().get("alpha")[0];
            sigmaX[i] = latent.simulate(rng, tiny, Map.of()).truth().get("sigma_X")[0];
        }
        assertNear(mean(tau), 1, 1 / Math.sqrt(n), "tau ~ Exponential(1)");
        assertNear(mean(bX), 0, 1 / Math.sqrt(n), "b_X ~ N(0, 1)");
        assertNear(mean(square(bX)), 1, Math.sqrt(2.0 / n), "b_X ~ N(0, 1), second moment");
        assertNear(mean(square(alpha)), 100, 100 * Math.sqrt(2.0 / n), "alpha ~ N(0, 10), second moment");
        assertNear(mean(sigmaX), 1, 1 / Math.sqrt(n), "sigma_X ~ Exponential(1)");
    }

    /** The latent Mundlak model generates X: given its parameters, X_i - b_GX G_g - a_X ~ N(0, sigma_X). */
    @Test
    void latentMundlakGeneratesX() {
        Simulation s = Providers.named("confounded-latent-mundlak").simulate(RandomDraws.seeded(14), Map.of("groups", 50, "individuals", 5000),
                Map.of("a_X", new double[] {0.7}, "b_GX", new double[] {2}, "sigma_X", new double[] {0.5}));
        double[] x = s.data().doubles("X");
        int[] group = s.data().ints("group");
        double[] g = s.truth().get("G");
        double[] r = new double[x.length];
        for (int i = 0; i < x.length; i++) r[i] = (x[i] - 0.7 - 2 * g[group[i]]) / 0.5;
        assertNear(mean(r), 0, 1 / Math.sqrt(r.length), "standardised X residual mean");
        assertNear(mean(square(r)), 1, Math.sqrt(2.0 / r.length), "standardised X residual variance");
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        return s / v.length;
    }

    private static double[] square(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) out[i] = v[i] * v[i];
        return out;
    }

    private static void assertNear(double actual, double expected, double se, String what) {
        double z = (actual - expected) / se;
        assertTrue(Math.abs(z) < Z, what + ": " + actual + " vs " + expected + " (z = " + z + ")");
    }
}
