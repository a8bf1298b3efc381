package org.bayes4j.models.iris;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.bayes4j.models.testing.Providers;
import org.bayes4j.spi.model.ModelProvider;
import org.bayes4j.spi.model.Simulation;
import org.junit.jupiter.api.Test;

/**
 * The iris simulators draw from the models' stated distributions. Each check
 * is a z-test of a sample moment against its exact value, n = 4000, threshold
 * |z| < 4.5 (false-failure probability 6.8e-6 per check, below 2e-4 over the
 * file's 26 checks; fixed seeds). {@link #theCheckCatchesTheWrongZeroSumVariance}
 * shows the variance check rejects a ZeroSumNormal drawn without centring
 * (entries of variance 25 instead of 25 (K-1)/K).
 */
class IrisSimulatorTest {

    private static final int N = 4000;
    private static final double Z = 4.5;

    @Test
    void zeroSumNormalPriorHasTheStatedMarginsAndSumsToZero() {
        ModelProvider sumZero = Providers.named("iris-sumzero");
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(21);
        double[][] alpha = new double[3][N];
        double[][] beta = new double[3][N];
        for (int s = 0; s < N; s++) {
            Simulation sim = sumZero.simulate(rng, Map.of("flowers", 1), Map.of());
            double[] a = sim.truth().get("alpha"), b = sim.truth().get("beta");
            assertEquals(0, a[0] + a[1] + a[2], 1e-12);
            for (int j = 0; j < 4; j++) assertEquals(0, b[3 * j] + b[3 * j + 1] + b[3 * j + 2], 1e-12, "beta row " + j);
            for (int k = 0; k < 3; k++) {
                alpha[k][s] = a[k];
                beta[k][s] = b[6 + k];
            }
        }
        // each entry of ZeroSumNormal(5) over K = 3 is N(0, 25 * 2/3); Var((X - mu)^2) = 2 var^2 for a normal
        double v = 25.0 * 2 / 3;
        for (int k = 0; k < 3; k++) {
            assertMean(alpha[k], 0, Math.sqrt(v), "alpha[" + k + "]");
            assertVariance(alpha[k], v, 2 * v * v, "alpha[" + k + "]");
            assertVariance(beta[k], v, 2 * v * v, "beta[petal_length, " + k + "]");
        }
    }

    @Test
    void pivotPriorIsNormalFive() {
        ModelProvider pivot = Providers.named("iris-pivot");
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(22);
        double[] alpha = new double[N], beta = new double[N];
        for (int s = 0; s < N; s++) {
            Simulation sim = pivot.simulate(rng, Map.of("flowers", 1), Map.of());
            assertEquals(2, sim.truth().get("alpha").length);
            assertEquals(8, sim.truth().get("beta").length);
            alpha[s] = sim.truth().get("alpha")[1];
            beta[s] = sim.truth().get("beta")[5];
        }
        assertMean(alpha, 0, 5, "alpha[virginica]");
        assertVariance(alpha, 25, 2 * 625, "alpha[virginica]");
        assertVariance(beta, 25, 2 * 625, "beta[petal_length, virginica]");
    }

    /** With beta = 0 every flower is Categorical(softmax(alpha)); the pivot form with alpha' = alpha - alpha_0 gives the same. */
    @Test
    void speciesAreCategoricalSoftmaxOfTheLogits() {
        double[] alpha = {0.4, -0.3, -0.1};
        double[] p = new double[3];
        double total = 0;
        for (int k = 0; k < 3; k++) total += Math.exp(alpha[k]);
        for (int k = 0; k < 3; k++) p[k] = Math.exp(alpha[k]) / total;
        Map<String, double[]> zeroSum = Map.of("alpha", alpha, "beta", new double[12]);
        Map<String, double[]> pivot = Map.of("alpha", new double[] {-0.7, -0.5}, "beta", new double[8]);
        for (String name : new String[] {"iris-sumzero", "iris-pivot"}) {
            Simulation sim = Providers.named(name).simulate(RandomSource.SPLIT_MIX_64.create(23), Map.of("flowers", N),
                    name.equals("iris-pivot") ? pivot : zeroSum);
            int[] y = sim.data().ints("y");
            for (int k = 0; k < 3; k++) {
                double[] indicator = new double[N];
                for (int i = 0; i < N; i++) indicator[i] = y[i] == k ? 1 : 0;
                assertMean(indicator, p[k], Math.sqrt(p[k] * (1 - p[k])), name + " P(species " + k + ")");
            }
        }
    }

    @Test
    void fixedParametersMustSumToZeroOverSpecies() {
        ModelProvider sumZero = Providers.named("iris-sumzero");
        double[] beta = new double[12];
        beta[4] = 0.3;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sumZero.simulate(
                RandomSource.SPLIT_MIX_64.create(1), Map.of(), Map.of("beta", beta)));
        assertTrue(e.getMessage().contains("parameter 'beta' row 1 (sepal_width) sums to 0.3 over species, but must sum to zero"),
                e.getMessage());
        IllegalArgumentException f = assertThrows(IllegalArgumentException.class, () -> Providers.named("iris-pivot").simulate(
                RandomSource.SPLIT_MIX_64.create(1), Map.of(), Map.of("alpha", new double[3])));
        assertTrue(f.getMessage().contains("parameter 'alpha' has 3 values, but the simulation has 2 non-reference species"), f.getMessage());
    }

    @Test
    void theCheckCatchesTheWrongZeroSumVariance() {
        // a broken ZeroSumNormal that forgets to centre: entries N(0, 25) instead of N(0, 25 * 2/3)
        org.bayes4j.models.support.RandomDraws draw = new org.bayes4j.models.support.RandomDraws(RandomSource.SPLIT_MIX_64.create(2));
        double[] wrong = new double[N];
        for (int i = 0; i < N; i++) wrong[i] = draw.normal(0, 5);
        double v = 25.0 * 2 / 3;
        assertThrows(AssertionError.class, () -> assertVariance(wrong, v, 2 * v * v, "uncentred"));
    }

    private static void assertMean(double[] x, double mean, double sd, String what) {
        double m = 0;
        for (double v : x) m += v;
        m /= x.length;
        double z = (m - mean) / (sd / Math.sqrt(x.length));
        assertTrue(Math.abs(z) < Z, what + ": sample mean " + m + " vs " + mean + " (z = " + z + ")");
    }

    private static void assertVariance(double[] x, double variance, double varOfSquare, String what) {
        double m = 0;
        for (double v : x) m += v;
        m /= x.length;
        double s = 0;
        for (double v : x) s += (v - m) * (v - m);
        s /= x.length - 1;
        double z = (s - variance) / Math.sqrt(varOfSquare / x.length);
        if (!(Math.abs(z) < Z)) throw new AssertionError(what + ": sample variance " + s + " vs " + variance + " (z = " + z + ")");
    }
}
