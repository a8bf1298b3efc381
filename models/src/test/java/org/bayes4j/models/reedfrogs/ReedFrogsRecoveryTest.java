package org.bayes4j.models.reedfrogs;

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
 * End to end: simulate 48 tanks from the model (alpha_bar = 1.0, sigma = 1.2,
 * tank effects drawn; seed 77), fit with NUTS (4 chains x (500 + 500)), and
 * recover the truth. Central 90% intervals of the 48 tank effects must cover
 * at least 38 of them. Were the coverages independent, the count would be
 * Binomial(48, 0.9), with P(fewer than 38) = 0.007; the shared
 * hyperparameters correlate them, so the false-failure rate is somewhat
 * higher (six other seeds gave 40 to 47). The truth of alpha_bar and sigma
 * must lie in the central 99% intervals (false-failure probability 0.01 each).
 */
class ReedFrogsRecoveryTest {

    @Test
    void simulatedTruthIsRecovered() {
        ModelProvider frogs = Providers.named("reedfrogs");
        Simulation sim = frogs.simulate(RandomSource.SPLIT_MIX_64.create(77), Map.of(),
                Map.of("alpha_bar", new double[] {1.0}, "sigma", new double[] {1.2}));
        Draws draws = Backends.fitNuts(frogs.build(sim.data()), Backends.config(4, 500, 500, 77));

        assertCovered(draws, "alpha_bar", 0, sim.truth().get("alpha_bar")[0], 0.99);
        assertCovered(draws, "sigma", 0, sim.truth().get("sigma")[0], 0.99);
        double[] alpha = sim.truth().get("alpha");
        int covered = 0;
        for (int j = 0; j < alpha.length; j++) {
            PosteriorMoments m = PosteriorMoments.of(draws, "alpha", j);
            if (m.quantile(0.05) <= alpha[j] && alpha[j] <= m.quantile(0.95)) covered++;
        }
        assertTrue(covered >= 38, "90% intervals covered " + covered + " of 48 tank effects");
    }

    private static void assertCovered(Draws draws, String name, int index, double truth, double level) {
        PosteriorMoments m = PosteriorMoments.of(draws, name, index);
        double lo = m.quantile((1 - level) / 2), hi = m.quantile((1 + level) / 2);
        assertTrue(lo <= truth && truth <= hi, name + ": truth " + truth + " outside the central " + level + " interval [" + lo + ", " + hi + "]");
    }
}
