package org.bayes4j.models.factors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.bayes4j.models.testing.Providers;
import org.bayes4j.spi.model.ModelData;
import org.bayes4j.spi.model.ModelProvider;
import org.bayes4j.spi.model.Simulation;
import org.junit.jupiter.api.Test;

/**
 * The simulator of model 8 (MODELS.md 8a, 8b): shapes and labels of the data,
 * the balanced design, the truth under each form's own names, the mean and
 * noise it draws y from, the zero-sum colour effects, and the priors.
 *
 * <p>Moment checks are z-tests with n = {@value #N} draws and |z| < 4.5
 * (two-sided false-failure probability 6.8e-6 each, under 1e-4 for the
 * file); seeds are fixed. {@link #theMomentCheckCatchesAWrongPriorScale}
 * shows the same check rejecting a prior of the wrong scale.
 */
class FactorSimulatorTest {

    private static final int N = 4000;
    private static final double Z = 4.5;
    private static final List<String> NAMES = List.of("factors-interaction-centered", "factors-interaction-noncentered",
            "factors-additive-centered", "factors-additive-noncentered");

    @Test
    void defaultSizesGiveLabelledBalancedData() {
        for (String name : NAMES) {
            ModelProvider p = Providers.named(name);
            assertEquals(Map.of("rows", 600, "groups", 4, "colours", 3, "features", 2), p.defaultSizes(), name);
            Map<String, Integer> validation = name.endsWith("noncentered")
                    ? Map.of("rows", 90, "groups", 3, "colours", 3, "features", 2) : Map.of("rows", 120, "groups", 3, "colours", 2, "features", 2);
            assertEquals(validation, p.validationSizes(), name);
            ModelData d = p.simulate(rng(1), null, null).data();
            assertEquals(600, d.strings("group").size());
            assertEquals(600, d.strings("colour").size());
            assertArrayEquals(new int[] {600, 2}, d.shape("X"));
            assertArrayEquals(new int[] {600}, d.shape("y"));
            FactorRows rows = FactorData.read(d);
            assertEquals(List.of("g1", "g2", "g3", "g4"), rows.groups());
            assertEquals(List.of("blue", "green", "red"), rows.colours());
            assertEquals(List.of("x1", "x2"), rows.features());
            int[] perCell = new int[12];
            int[] g = rows.group(), c = rows.colour();
            for (int i = 0; i < 600; i++) perCell[g[i] * 3 + c[i]]++;
            for (int count : perCell) assertEquals(50, count, name + ": balanced cells " + java.util.Arrays.toString(perCell));
        }
    }

    @Test
    void truthCarriesEachFormsFreeVariablesWithTheirSizes() {
        Map<String, Integer> sizes = Map.of("rows", 40, "groups", 5, "colours", 2, "features", 3);
        Map<String, Integer> expected = new HashMap<>(Map.of("a_mu", 1, "a_sigma", 1, "b_mu", 3, "b_sigma", 1, "lam", 1, "s", 10));
        Map<String, Integer> interaction = new HashMap<>(expected);
        interaction.putAll(Map.of("a", 10, "b", 30));
        assertSizes(interaction, Providers.named("factors-interaction-centered").simulate(rng(2), sizes, null));
        Map<String, Integer> interactionZ = new HashMap<>(expected);
        interactionZ.putAll(Map.of("a_z", 10, "b_z", 30));
        assertSizes(interactionZ, Providers.named("factors-interaction-noncentered").simulate(rng(2), sizes, null));
        Map<String, Integer> additive = new HashMap<>(expected);
        additive.putAll(Map.of("a_group", 5, "b_group", 15, "a_colour_sigma", 1, "a_colour", 2, "b_colour_sigma", 1, "b_colour", 6));
        assertSizes(additive, Providers.named("factors-additive-centered").simulate(rng(2), sizes, null));
        Map<String, Integer> additiveZ = new HashMap<>(expected);
        additiveZ.putAll(Map.of("a_group_z", 5, "b_group_z", 15, "a_colour_sigma", 1, "a_colour_z", 2, "b_colour_sigma", 1, "b_colour_z", 6));
        assertSizes(additiveZ, Providers.named("factors-additive-noncentered").simulate(rng(2), sizes, null));
    }

    @Test
    void centredAndNonCentredFormsSimulateTheSameDataFromOneSeed() {
        Simulation c = Providers.named("factors-interaction-centered").simulate(rng(3), null, null);
        Simulation n = Providers.named("factors-interaction-noncentered").simulate(rng(3), null, null);
        assertArrayEquals(c.data().doubles("y"), n.data().doubles("y"));
        assertEquals(c.data().strings("group"), n.data().strings("group"));
        double aMu = n.truth().get("a_mu")[0], aSigma = n.truth().get("a_sigma")[0];
        double[] a = c.truth().get("a"), z = n.truth().get("a_z");
        for (int k = 0; k < a.length; k++) assertEquals(aMu + aSigma * z[k], a[k], 1e-12 * (1 + Math.abs(a[k])));

        Simulation ac = Providers.named("factors-additive-centered").simulate(rng(4), null, null);
        Simulation an = Providers.named("factors-additive-noncentered").simulate(rng(4), null, null);
        assertArrayEquals(ac.data().doubles("y"), an.data().doubles("y"));
        double sigma = an.truth().get("b_colour_sigma")[0];
        double[] bColour = ac.truth().get("b_colour"), bColourZ = an.truth().get("b_colour_z");
        for (int k = 0; k < bColour.length; k++) assertEquals(sigma * bColourZ[k], bColour[k], 1e-12);
    }

    @Test
    void colourEffectsSumToZeroOverColours() {
        for (long seed = 1; seed <= 20; seed++) {
            Map<String, double[]> t = Providers.named("factors-additive-centered")
                    .simulate(rng(seed), Map.of("colours", 4, "features", 3), null).truth();
            assertEquals(0, sum(t.get("a_colour"), 0, 4), 1e-12, "a_colour");
            for (int f = 0; f < 3; f++) assertEquals(0, sum(t.get("b_colour"), f * 4, 4), 1e-12, "b_colour row " + f);
        }
    }

    /**
     * With the noise fixed near zero, y is the stated mean: 8a
     * $a_{gc} + \sum_f X_{if} b_{gcf}$, 8b $a^G_g + a^C_c + \sum_f X_{if}(b^G_{gf} + b^C_{fc})$.
     */
    @Test
    void yIsTheStatedMeanWhenTheNoiseVanishes() {
        double[] tiny = new double[12];
        java.util.Arrays.fill(tiny, 1e-12);
        Simulation i = Providers.named("factors-interaction-centered").simulate(rng(5), Map.of("rows", 48), Map.of("s", tiny));
        FactorRows r = FactorData.read(i.data());
        double[] a = i.truth().get("a"), b = i.truth().get("b");
        for (int row = 0; row < 48; row++) {
            int cell = r.group()[row] * 3 + r.colour()[row];
            double mu = a[cell] + r.x()[row * 2] * b[cell * 2] + r.x()[row * 2 + 1] * b[cell * 2 + 1];
            assertEquals(mu, r.y()[row], 1e-9, "8a row " + row);
        }
        Simulation ad = Providers.named("factors-additive-centered").simulate(rng(5), Map.of("rows", 48), Map.of("s", tiny));
        FactorRows q = FactorData.read(ad.data());
        Map<String, double[]> t = ad.truth();
        for (int row = 0; row < 48; row++) {
            int g = q.group()[row], c = q.colour()[row];
            double mu = t.get("a_group")[g] + t.get("a_colour")[c];
            for (int f = 0; f < 2; f++) mu += q.x()[row * 2 + f] * (t.get("b_group")[g * 2 + f] + t.get("b_colour")[f * 3 + c]);
            assertEquals(mu, q.y()[row], 1e-9, "8b row " + row);
        }
    }

    @Test
    void hyperpriorsAndEffectsHaveTheirStatedDistributions() {
        ModelProvider p = Providers.named("factors-interaction-centered");
        UniformRandomProvider rng = rng(2026);
        double[] aMu = new double[N], aSigma = new double[N], lam = new double[N];
        Map<String, Integer> one = Map.of("rows", 1, "groups", 1, "colours", 1, "features", 1);
        for (int k = 0; k < N; k++) {
            Map<String, double[]> t = p.simulate(rng, one, null).truth();
            aMu[k] = t.get("a_mu")[0];
            aSigma[k] = t.get("a_sigma")[0];
            lam[k] = t.get("lam")[0];
        }
        assertMoment(aMu, 0, 10, "a_mu ~ N(0, 10)");
        // HalfNormal(1): mean sqrt(2/pi), variance 1 - 2/pi
        assertMoment(aSigma, Math.sqrt(2 / Math.PI), Math.sqrt(1 - 2 / Math.PI), "a_sigma ~ HalfNormal(1)");
        // LogNormal(0, 0.5): mean exp(1/8), variance (e^{1/4} - 1) e^{1/4}
        assertMoment(lam, Math.exp(0.125), Math.sqrt((Math.exp(0.25) - 1) * Math.exp(0.25)), "lam ~ LogNormal(0, 0.5)");

        Map<String, double[]> fixed = Map.of("a_mu", new double[] {2}, "a_sigma", new double[] {0.5}, "lam", new double[] {4});
        Simulation big = p.simulate(rng, Map.of("rows", 1, "groups", 100, "colours", 40, "features", 1), fixed);
        assertMoment(big.truth().get("a"), 2, 0.5, "a ~ N(2, 0.5)");
        assertMoment(big.truth().get("s"), 0.25, 0.25, "s ~ Exponential(4)");
    }

    @Test
    void theMomentCheckCatchesAWrongPriorScale() {
        double[] aMu = new double[N];
        UniformRandomProvider rng = rng(2026);
        Map<String, Integer> one = Map.of("rows", 1, "groups", 1, "colours", 1, "features", 1);
        for (int k = 0; k < N; k++) aMu[k] = Providers.named("factors-interaction-centered").simulate(rng, one, null).truth().get("a_mu")[0];
        // a simulator that drew a_mu ~ N(0, 1) instead of N(0, 10)
        double[] wrong = aMu.clone();
        for (int k = 0; k < N; k++) wrong[k] /= 10;
        assertThrows(AssertionError.class, () -> assertMoment(wrong, 0, 10, "a_mu with the wrong scale"));
    }

    @Test
    void manyLevelsGetZeroPaddedLabelsInIndexOrder() {
        Simulation s = Providers.named("factors-interaction-centered").simulate(rng(6), Map.of("rows", 84, "groups", 12, "colours", 7), null);
        FactorRows rows = FactorData.read(s.data());
        assertEquals("g01", rows.groups().get(0));
        assertEquals("g12", rows.groups().get(11));
        assertEquals(List.of("c1", "c2", "c3", "c4", "c5", "c6", "c7"), rows.colours());
        java.util.Set<Integer> cells = new java.util.HashSet<>();
        for (int i = 0; i < 84; i++) cells.add(rows.group()[i] * 7 + rows.colour()[i]);
        assertEquals(84, cells.size(), "84 rows fill the 84 cells once each");
    }

    @Test
    void badSizesAndParametersFailNamingThem() {
        ModelProvider p = Providers.named("factors-additive-centered");
        assertMessage(() -> p.simulate(rng(1), Map.of("colour", 3), null), "unknown size 'colour'; known sizes: [rows, groups, colours, features]");
        assertMessage(() -> p.simulate(rng(1), Map.of(), Map.of("a_colour", new double[] {1, 1, 1})),
                "parameter 'a_colour' sums to 3.0 over colours, but must sum to zero");
        assertMessage(() -> p.simulate(rng(1), Map.of(), Map.of("a", new double[12])), "unknown parameter 'a'");
        assertMessage(() -> p.simulate(rng(1), Map.of(), Map.of("s", new double[] {1, 2})), "parameter 's' has 2 values, but the simulation has 12");
        assertMessage(() -> p.simulate(rng(1), Map.of(), Map.of("lam", new double[] {-1})), "parameter lam[0] is -1.0, but must be positive");
    }

    private static void assertSizes(Map<String, Integer> expected, Simulation s) {
        assertEquals(expected.keySet(), s.truth().keySet());
        expected.forEach((k, v) -> assertEquals(v, s.truth().get(k).length, k));
    }

    private static double sum(double[] v, int from, int count) {
        double total = 0;
        for (int k = from; k < from + count; k++) total += v[k];
        return total;
    }

    /** z-tests of the sample mean and variance against a distribution of mean {@code m} and sd {@code sd}, using the normal-theory variance of each estimate (the variance test with the sample fourth moment). */
    private static void assertMoment(double[] x, double m, double sd, String what) {
        int n = x.length;
        double mean = 0;
        for (double v : x) mean += v;
        mean /= n;
        double zMean = (mean - m) / (sd / Math.sqrt(n));
        assertTrue(Math.abs(zMean) < Z, what + ": mean " + mean + " vs " + m + " (z = " + zMean + ")");
        double var = 0, m4 = 0;
        for (double v : x) {
            double d = (v - m) * (v - m);
            var += d;
            m4 += d * d;
        }
        var /= n;
        m4 /= n;
        double zVar = (var - sd * sd) / Math.sqrt((m4 - var * var) / n);
        assertTrue(Math.abs(zVar) < Z, what + ": variance " + var + " vs " + sd * sd + " (z = " + zVar + ")");
    }

    private static void assertMessage(org.junit.jupiter.api.function.Executable call, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(expected), "message was: " + e.getMessage());
    }

    private static UniformRandomProvider rng(long seed) { return RandomSource.SPLIT_MIX_64.create(seed); }
}
