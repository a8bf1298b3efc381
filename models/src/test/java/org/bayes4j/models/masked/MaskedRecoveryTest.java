package org.bayes4j.models.masked;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
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
 * End to end: simulate each variant at small sizes with a fixed seed, fit
 * with NUTS (2 chains x (300 + 300)) and count the checked quantities whose
 * central 90% interval holds the truth.
 *
 * <p>Criterion: at least 75% covered. Were the coverages independent, the
 * count of {@code m} quantities would be Binomial(m, 0.9): for the 12 of
 * 4a P(fewer than 9) = 0.026; for the 34 of 4b (means, scales, correlations
 * and 24 cluster effects) P(fewer than 26) = 0.003; for the 15 of 4c
 * P(fewer than 12) = 0.056. Shared hyperparameters correlate them, widening
 * the spread somewhat; the data are fixed, so a pass is reproducible. A fit
 * that ignored the data or a simulator that ignored a parameter would cover
 * far less often.
 */
class MaskedRecoveryTest {

    @Test
    void maskedSoftmaxRecoversInterceptsAndSlopes() {
        ModelProvider p = Providers.named(MaskedMultinomial.NAME);
        Simulation sim = p.simulate(RandomSource.SPLIT_MIX_64.create(41), Map.of("observations", 300, "categories", 7), Map.of());
        Draws draws = Backends.fitNuts(p.build(sim.data()), Backends.config(2, 300, 300, 41));
        assertCoverage(p.name(), draws, sim.truth(), 9);
    }

    @Test
    void nonCentredVaryingSlopesRecoverTheirCovariancesAndEffects() {
        assertSlopesRecovered(NonCenteredMaskedSlopes.NAME);
    }

    @Test
    void centredVaryingSlopesRecoverTheirCovariancesAndEffects() {
        assertSlopesRecovered(CenteredMaskedSlopes.NAME);
    }

    @Test
    void mixtureRecoversLogitsAndWeights() {
        ModelProvider p = Providers.named(MaskedMixtureMultinomial.NAME);
        Simulation sim = p.simulate(RandomSource.SPLIT_MIX_64.create(43), p.validationSizes(),
                Map.of("w", new double[] {0.3, 0.2, 0.5}));
        Draws draws = Backends.fitNuts(p.build(sim.data()), Backends.config(2, 300, 300, 43));
        assertCoverage(p.name(), draws, sim.truth(), 12);
    }

    private static void assertSlopesRecovered(String name) {
        ModelProvider p = Providers.named(name);
        Simulation sim = p.simulate(RandomSource.SPLIT_MIX_64.create(42), p.validationSizes(), Map.of());
        Draws draws = Backends.fitNuts(p.build(sim.data()), Backends.config(2, 300, 300, 42));
        double[] l = sim.truth().get("L");
        int j = l.length / 4;
        double[] sds = new double[2 * j];
        double[] corr = new double[4 * j];
        for (int m = 0; m < j; m++) {
            sds[2 * m] = l[4 * m];
            sds[2 * m + 1] = Math.hypot(l[4 * m + 2], l[4 * m + 3]);
            corr[4 * m] = corr[4 * m + 3] = 1;
            corr[4 * m + 1] = corr[4 * m + 2] = l[4 * m + 2] / sds[2 * m + 1];
        }
        Map<String, double[]> truth = new LinkedHashMap<>();
        truth.put("mu", sim.truth().get("mu"));
        truth.put("sds", sds);
        truth.put("corr", corr);
        truth.put("cluster_effects", sim.truth().containsKey("z")
                ? MaskedChoiceSimulator.applyFactors(sim.truth().get("mu"), l, sim.truth().get("z"), j)
                : sim.truth().get("cluster_effects"));
        assertCoverage(name, draws, truth, 26);
    }

    /** Counts the quantities (correlation diagonals, constant 1, skipped) inside their central 90% intervals. */
    private static void assertCoverage(String name, Draws draws, Map<String, double[]> truth, int required) {
        int covered = 0, checked = 0;
        StringBuilder missed = new StringBuilder();
        for (Map.Entry<String, double[]> e : truth.entrySet()) {
            double[] t = e.getValue();
            for (int i = 0; i < t.length; i++) {
                if (e.getKey().equals("corr") && (i % 4 == 0 || i % 4 == 3 || i % 4 == 2)) continue; // diagonal and the mirrored entry
                PosteriorMoments m = PosteriorMoments.of(draws, e.getKey(), i);
                checked++;
                if (m.quantile(0.05) <= t[i] && t[i] <= m.quantile(0.95)) {
                    covered++;
                } else {
                    missed.append(String.format(" %s[%d]=%.3f not in [%.3f, %.3f];", e.getKey(), i, t[i], m.quantile(0.05), m.quantile(0.95)));
                }
            }
        }
        System.out.printf("%s: %d of %d covered, divergences %d;%s%n", name, covered, checked, draws.divergences(), missed);
        assertTrue(covered >= required, name + ": 90% intervals covered " + covered + " of " + checked + " (need " + required + "):" + missed);
    }
}
