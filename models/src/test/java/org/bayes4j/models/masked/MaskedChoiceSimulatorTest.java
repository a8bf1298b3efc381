package org.bayes4j.models.masked;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.apache.commons.rng.simple.RandomSource;
import org.bayes4j.models.testing.Providers;
import org.bayes4j.spi.model.ModelProvider;
import org.bayes4j.spi.model.Simulation;
import org.junit.jupiter.api.Test;

/**
 * The simulators draw what {@link MaskedChoiceSimulator} documents: the
 * sizes asked for, masks with the last category always available and the
 * others available with probability 0.7, trials in {@code 1..max_trials},
 * no count in an unavailable category, and counts whose totals match the
 * masked softmax. Statistical checks are z-tests with |z| &lt; 4.5
 * (two-sided false-failure probability 6.8e-6 each; seeds fixed).
 */
class MaskedChoiceSimulatorTest {

    private static final double Z = 4.5;

    @Test
    void sizesMasksAndTrialsAreAsDocumented() {
        for (String name : MaskedChoicesBuildTest.NAMES) {
            ModelProvider p = Providers.named(name);
            boolean clustered = !name.equals(MaskedMultinomial.NAME);
            Map<String, Integer> sizes = clustered ? Map.of("clusters", 9, "observations", 3000, "categories", 5, "max_trials", 4)
                    : Map.of("observations", 3000, "categories", 5, "max_trials", 4);
            Simulation s = p.simulate(RandomSource.SPLIT_MIX_64.create(17), sizes, Map.of());
            MaskedChoices d = MaskedChoices.read(s.data(), true, clustered);
            assertEquals(3000, d.rows(), name);
            assertEquals(5, d.numCategories(), name);
            int[] a = d.available(), trials = d.trials();
            double availableShare = 0;
            for (int i = 0; i < d.rows(); i++) {
                assertEquals(1, a[i * 5 + 4], name + ": the reference is always available, row " + i);
                assertTrue(trials[i] >= 1 && trials[i] <= 4, name + ": trials " + trials[i] + " in row " + i);
                for (int k = 0; k < 4; k++) {
                    availableShare += a[i * 5 + k] / (4.0 * d.rows());
                    if (a[i * 5 + k] == 0) assertEquals(0, d.count(i, k), name + ": structural zero, row " + i);
                }
            }
            double sd = Math.sqrt(0.7 * 0.3 / (4.0 * d.rows()));
            assertTrue(Math.abs(availableShare - 0.7) < Z * sd, name + ": share available " + availableShare);
            if (clustered) {
                assertEquals(9, d.numClusters(), name);
                int[] seen = new int[9];
                for (int c : d.cluster()) seen[c]++;
                for (int c = 0; c < 9; c++) assertTrue(seen[c] > 0, name + ": cluster " + c + " has rows");
            }
        }
    }

    @Test
    void countsFollowTheMaskedSoftmax() {
        // alpha = (1, -1, 0.5), beta = (0.5, 0, -1): category totals against their expectations given masks, trials and x
        double[] alpha = {1, -1, 0.5}, beta = {0.5, 0, -1};
        Simulation s = Providers.named(MaskedMultinomial.NAME).simulate(RandomSource.SPLIT_MIX_64.create(23),
                Map.of("observations", 4000, "categories", 4), Map.of("alpha", alpha, "beta", beta));
        MaskedChoices d = MaskedChoices.read(s.data(), true, false);
        int[] a = d.available(), trials = d.trials();
        double[] x = d.x();
        for (int k = 0; k < 4; k++) {
            double observed = 0, expected = 0, variance = 0;
            for (int i = 0; i < d.rows(); i++) {
                double[] eta = {alpha[0] + beta[0] * x[i], alpha[1] + beta[1] * x[i], alpha[2] + beta[2] * x[i], 0};
                double p = MaskedChoiceSimulator.maskedSoftmax(eta, java.util.Arrays.copyOfRange(a, i * 4, i * 4 + 4))[k];
                observed += d.count(i, k);
                expected += trials[i] * p;
                variance += trials[i] * p * (1 - p);
            }
            assertTrue(Math.abs(observed - expected) < Z * Math.sqrt(variance), "category " + k + ": " + observed + " vs " + expected);
        }
    }

    @Test
    void mixtureHidesCategoryThreeOrFourWithTheirWeights() {
        ModelProvider p = Providers.named(MaskedMixtureMultinomial.NAME);
        // c3 and c4 take every trial when available (logit 8 against -8 and the reference's 0)
        double[] alpha = {-8, -8, -8, 8, 8, -8}, beta = new double[6];
        Simulation s = p.simulate(RandomSource.SPLIT_MIX_64.create(29), Map.of("observations", 4000),
                Map.of("alpha", alpha, "beta", beta, "w", new double[] {0.5, 0.5, 0}));
        assertTrue(!s.data().has("available"), "4c does not record the masks");
        MaskedChoices d = MaskedChoices.read(s.data(), false, false);
        double hiddenThree = 0;
        for (int i = 0; i < d.rows(); i++) {
            assertTrue(d.count(i, 3) == 0 || d.count(i, 4) == 0, "each row hides c3 or c4, row " + i);
            if (d.count(i, 3) == 0) hiddenThree += 1.0 / d.rows();
        }
        assertTrue(Math.abs(hiddenThree - 0.5) < Z * Math.sqrt(0.25 / d.rows()), "share of rows hiding c3: " + hiddenThree);

        Simulation full = p.simulate(RandomSource.SPLIT_MIX_64.create(31), Map.of("observations", 500),
                Map.of("alpha", alpha, "beta", beta, "w", new double[] {0, 0, 1}));
        MaskedChoices f = MaskedChoices.read(full.data(), false, false);
        int both = 0;
        for (int i = 0; i < f.rows(); i++) if (f.count(i, 3) > 0 && f.count(i, 4) > 0) both++;
        assertTrue(both > 100, "with nothing hidden, rows with several trials choose both c3 and c4: " + both);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> p.simulate(RandomSource.SPLIT_MIX_64.create(1),
                Map.of(), Map.of("w", new double[] {0.5, 0.6, 0})));
        assertTrue(e.getMessage().contains("parameter 'w' sums to 1.1"), e.getMessage());
    }

    @Test
    void maskedSoftmaxIgnoresUnavailableLogitsAndSumsToOne() {
        double[] p = MaskedChoiceSimulator.maskedSoftmax(new double[] {800, 1, 2, 0}, new int[] {0, 1, 1, 1});
        assertEquals(0, p[0]);
        double z = Math.exp(1) + Math.exp(2) + 1;
        assertEquals(Math.exp(1) / z, p[1], 1e-15);
        assertEquals(Math.exp(2) / z, p[2], 1e-15);
        assertEquals(1 / z, p[3], 1e-15);
    }

    @Test
    void badFixedParametersFailNamingThem() {
        ModelProvider p = Providers.named(NonCenteredMaskedSlopes.NAME);
        double[] l = {1, 0, 0.5, 1, 1, 0.3, 0, 1};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> p.simulate(RandomSource.SPLIT_MIX_64.create(1), Map.of("categories", 3), Map.of("L", l)));
        assertTrue(e.getMessage().contains("parameter L[1, 0, 1] is 0.3, but a Cholesky factor is zero above the diagonal"), e.getMessage());
        IllegalArgumentException k = assertThrows(IllegalArgumentException.class,
                () -> p.simulate(RandomSource.SPLIT_MIX_64.create(1), Map.of("categories", 1), Map.of()));
        assertTrue(k.getMessage().contains("size 'categories' is 1, but must be >= 2"), k.getMessage());
    }
}
