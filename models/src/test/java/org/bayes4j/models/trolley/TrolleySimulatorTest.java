package org.bayes4j.models.trolley;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.bayes4j.models.support.RandomDraws;
import org.bayes4j.models.testing.Providers;
import org.bayes4j.spi.model.ModelData;
import org.bayes4j.spi.model.ModelProvider;
import org.bayes4j.spi.model.Simulation;
import org.junit.jupiter.api.Test;

/**
 * The Trolley simulator draws from the model's stated distributions. Moment
 * checks are z-tests with threshold |z| < 4.5 (two-sided false-failure
 * probability 6.8e-6 each, under 1e-3 over the file's checks; seeds are
 * fixed, so a pass is reproducible); {@link #theFrequencyCheckCatchesAFlippedLinearPredictor}
 * shows the response check rejecting a deliberately wrong simulator.
 */
class TrolleySimulatorTest {

    private static final double Z = 4.5;

    @Test
    void defaultDataHasTheRealDataSizesAndIsReproducible() {
        for (String name : new String[] {"trolley", "trolley-centered"}) {
            ModelProvider p = Providers.named(name);
            ModelData a = p.defaultData(), b = p.defaultData();
            assertArrayEquals(a.ints("response"), b.ints("response"), name + " is deterministic");
            assertEquals(a.strings("id"), b.strings("id"));
            Responses r = TrolleyData.read(a);
            assertEquals(9930, r.rows(), name);
            assertEquals(331, r.participantLabels().size(), name);
            assertEquals(12, r.storyLabels().size(), name);
            assertEquals(7, Arrays.stream(r.category()).distinct().count(), name + ": every level answered");
            int[] action = r.action(), contact = r.contact();
            for (int i = 0; i < r.rows(); i++) {
                assertTrue(action[i] + contact[i] <= 1, "row " + i + ": contact is a kind of action, never both");
            }
        }
        // both forms draw the same data from the same seed: the two intercept draws use the stream alike
        assertArrayEquals(Providers.named("trolley").defaultData().ints("response"),
                Providers.named("trolley-centered").defaultData().ints("response"));
    }

    @Test
    void priorsHaveTheirStatedMoments() {
        ModelProvider p = Providers.named("trolley");
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(404);
        int n = 4000;
        double[][] b = new double[3][n];
        double[] sigmaS = new double[n], sigmaV = new double[n];
        double[][] prob = new double[7][n];
        for (int i = 0; i < n; i++) {
            Map<String, double[]> t = p.simulate(rng, Map.of("participants", 1, "stories", 1, "responses", 1), Map.of()).truth();
            b[0][i] = t.get("b_A")[0];
            b[1][i] = t.get("b_I")[0];
            b[2][i] = t.get("b_C")[0];
            sigmaS[i] = t.get("sigma_s")[0];
            sigmaV[i] = t.get("sigma_v")[0];
            double[] pb = t.get("p_baseline");
            for (int k = 0; k < 7; k++) prob[k][i] = pb[k];
        }
        for (int j = 0; j < 3; j++) {
            assertMean(b[j], 0, 0.5, "b ~ N(0, 0.5), coefficient " + j);
            assertVariance(b[j], 0.25, 2 * Math.pow(0.5, 4), "b ~ N(0, 0.5), coefficient " + j);
        }
        assertMean(sigmaS, 1, 1, "sigma_s ~ Exponential(1)");
        assertMean(sigmaV, 1, 1, "sigma_v ~ Exponential(1)");
        // Dirichlet(1,..,1) over 7 levels: each p_k ~ Beta(1, 6), mean 1/7, variance 6/(49*8)
        for (int k = 0; k < 7; k++) assertMean(prob[k], 1.0 / 7, Math.sqrt(6.0 / (49 * 8)), "p_baseline[" + k + "] ~ Beta(1, 6)");
    }

    /**
     * With the intercepts fixed at 0, the answers to each treatment follow
     * OrderedLogistic(phi, kappa): for each of the six treatments and each
     * cutpoint k, the fraction of answers at or below k is a z-test against
     * logistic(kappa_k - phi).
     */
    @Test
    void responsesFollowTheOrderedLogisticProbabilities() {
        Simulation sim = fixedSimulation(false);
        checkCumulativeFrequencies(sim);
    }

    @Test
    void theFrequencyCheckCatchesAFlippedLinearPredictor() {
        Simulation broken = fixedSimulation(true);
        assertThrows(AssertionError.class, () -> checkCumulativeFrequencies(broken));
    }

    @Test
    void cutpointsAndProbabilitiesAreInverseMaps() {
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(8);
        RandomDraws draw = new RandomDraws(rng);
        for (int trial = 0; trial < 500; trial++) {
            double[] p = new double[7];
            double total = 0;
            // Dirichlet with concentrations from 0.05 to 5, so some levels carry almost no mass
            double shape = Math.exp(draw.normal(0, 1.2));
            for (int k = 0; k < 7; k++) total += p[k] = Math.pow(rng.nextDouble(), 1 / shape) * draw.exponential(1) + 1e-12;
            for (int k = 0; k < 7; k++) p[k] /= total;
            double[] kappa = Cutpoints.fromProbabilities(p);
            for (int k = 1; k < kappa.length; k++) assertTrue(kappa[k] > kappa[k - 1], "increasing, trial " + trial + ": " + Arrays.toString(kappa));
            double[] back = Cutpoints.toProbabilities(kappa);
            for (int k = 0; k < 7; k++) assertEquals(p[k], back[k], 1e-9 * Math.max(p[k], 1e-3), "trial " + trial + " level " + k);
        }
    }

    @Test
    void badSimulationArgumentsAreNamed() {
        ModelProvider p = Providers.named("trolley");
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> p.simulate(rng, Map.of(), Map.of("p_baseline", new double[] {0.5, 0.5, 0.5, 0.1, 0.1, 0.1, 0.1})));
        assertTrue(e.getMessage().contains("parameter 'p_baseline' sums to 1.9"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> p.simulate(rng, Map.of("people", 3), Map.of()));
        assertTrue(e.getMessage().contains("unknown size 'people'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> p.simulate(rng, Map.of(), Map.of("s", new double[12])));
        assertTrue(e.getMessage().contains("unknown parameter 's'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> p.simulate(rng, Map.of(), Map.of("sigma_v", new double[] {-1})));
        assertTrue(e.getMessage().contains("sigma_v[0] is -1.0, but must be positive"), e.getMessage());
    }

    /**
     * The law that lets SBC and recovery compare element by element: the
     * model's coordinates put story j and participant p of the simulator at
     * index j and p, whatever order the answers come in.
     */
    @Test
    void truthLinesUpWithTheModelCoordinates() {
        Simulation sim = Providers.named("trolley").simulate(RandomSource.SPLIT_MIX_64.create(5), Map.of("participants", 120, "stories", 11, "responses", 3), Map.of());
        Responses r = TrolleyData.read(sim.data());
        assertEquals(11, r.storyLabels().size());
        for (int j = 0; j < 11; j++) assertEquals(TrolleySimulator.label("story", j, 11), r.storyLabels().get(j));
        for (int p = 0; p < 120; p++) assertEquals(TrolleySimulator.label("p", p, 120), r.participantLabels().get(p));
        assertEquals(11, sim.truth().get("z_s").length);
        assertEquals(120, sim.truth().get("z_v").length);
    }

    @Test
    void labelsArePaddedToSortInOrder() {
        assertEquals("story01", TrolleySimulator.label("story", 0, 12));
        assertEquals("p331", TrolleySimulator.label("p", 330, 331));
        assertEquals("p007", TrolleySimulator.label("p", 6, 331));
        assertEquals(331, new HashSet<>(Providers.named("trolley").defaultData().strings("id")).size());
    }

    private static final double[] B = {-0.6, -0.4, -1.0};
    private static final double[] KAPPA = {-2.0, -1.2, -0.5, 0.2, 0.9, 1.8};

    /** 12,000 answers with zero intercepts; {@code flipped} redraws each answer with phi negated, a deliberately wrong simulator. */
    private static Simulation fixedSimulation(boolean flipped) {
        int n = 12000;
        Map<String, double[]> fixed = Map.of("b_A", new double[] {B[0]}, "b_I", new double[] {B[1]}, "b_C", new double[] {B[2]},
                "sigma_s", new double[] {1}, "sigma_v", new double[] {1}, "p_baseline", Cutpoints.toProbabilities(KAPPA),
                "z_s", new double[1], "z_v", new double[n]);
        Simulation sim = Providers.named("trolley").simulate(RandomSource.SPLIT_MIX_64.create(12), Map.of("participants", n, "stories", 1, "responses", 1), fixed);
        if (!flipped) return sim;
        Responses r = TrolleyData.read(sim.data());
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(13);
        int[] wrong = new int[n];
        int[] action = r.action(), intention = r.intention(), contact = r.contact();
        for (int i = 0; i < n; i++) {
            double phi = B[0] * action[i] + B[1] * intention[i] + B[2] * contact[i];
            wrong[i] = 1 + TrolleySimulator.orderedLogistic(rng, -phi, KAPPA);
        }
        ModelData data = ModelData.builder("flipped").put("response", wrong, n).put("action", r.action(), n).put("intention", r.intention(), n)
                .put("contact", r.contact(), n).strings("story", sim.data().strings("story")).strings("id", sim.data().strings("id")).build();
        return new Simulation(data, sim.truth());
    }

    private static void checkCumulativeFrequencies(Simulation sim) {
        Responses r = TrolleyData.read(sim.data());
        // by treatment (action, intention, contact) as a 3-bit code
        double[][] atOrBelow = new double[8][KAPPA.length];
        int[] count = new int[8];
        int[] action = r.action(), intention = r.intention(), contact = r.contact(), category = r.category();
        for (int i = 0; i < r.rows(); i++) {
            int code = 4 * action[i] + 2 * intention[i] + contact[i];
            for (int k = 0; k < KAPPA.length; k++) if (category[i] <= k) atOrBelow[code][k]++;
            count[code]++;
        }
        assertEquals(6, Arrays.stream(count).filter(c -> c > 0).count(), "six treatments");
        for (int code = 0; code < 8; code++) {
            int m = count[code];
            if (m == 0) continue;
            double phi = B[0] * (code >> 2) + B[1] * ((code >> 1) & 1) + B[2] * (code & 1);
            for (int k = 0; k < KAPPA.length; k++) {
                double q = RandomDraws.logistic(KAPPA[k] - phi);
                double z = (atOrBelow[code][k] / m - q) / Math.sqrt(q * (1 - q) / m);
                assertTrue(Math.abs(z) < Z, "treatment " + code + ", P(R <= " + (k + 1) + "): " + atOrBelow[code][k] / m + " vs " + q + " (z = " + z + ")");
            }
        }
    }

    private static void assertMean(double[] x, double mean, double sd, String what) {
        double m = Arrays.stream(x).average().orElseThrow();
        double z = (m - mean) / (sd / Math.sqrt(x.length));
        assertTrue(Math.abs(z) < Z, what + ": sample mean " + m + " vs " + mean + " (z = " + z + ")");
    }

    private static void assertVariance(double[] x, double variance, double varOfSquare, String what) {
        double m = Arrays.stream(x).average().orElseThrow();
        double s = 0;
        for (double v : x) s += (v - m) * (v - m);
        s /= x.length - 1;
        double z = (s - variance) / Math.sqrt(varOfSquare / x.length);
        assertTrue(Math.abs(z) < Z, what + ": sample variance " + s + " vs " + variance + " (z = " + z + ")");
    }
}
