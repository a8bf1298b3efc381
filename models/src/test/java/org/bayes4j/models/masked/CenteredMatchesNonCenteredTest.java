package org.bayes4j.models.masked;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.apache.commons.rng.simple.RandomSource;
import org.bayes4j.models.testing.Providers;
import org.bayes4j.spi.model.CompiledModel;
import org.bayes4j.spi.model.ModelData;
import org.bayes4j.spi.model.Simulation;
import org.junit.jupiter.api.Test;

/**
 * The two forms of model 4b are one model in two coordinate systems. With
 * {@code e_cj = mu_j + L_j z_cj} the likelihood and the priors of
 * {@code mu} and {@code L} (with the bijector's Jacobian) agree term by
 * term, and the effects' densities differ by the Jacobian of
 * {@code z -> e}: {@code N(e; mu, L L^T) = N(z; 0, I) / det L}. Hence, on
 * the unconstrained scale,
 * $$ \log p_c(\mu, L, e) = \log p_{nc}(\mu, L, z) - C \sum_j \sum_r \log L_{j,rr}, $$
 * checked at parameter values drawn from the prior (seeded). The same
 * check without the Jacobian term fails, so it discriminates.
 */
class CenteredMatchesNonCenteredTest {

    private static final int CLUSTERS = 4;
    private static final int CATEGORIES = 4;

    @Test
    void logDensitiesDifferByTheJacobianOfTheNonCentredMap() {
        double largestJacobian = 0;
        for (long seed = 1; seed <= 12; seed++) {
            Simulation sim = Providers.named(NonCenteredMaskedSlopes.NAME).simulate(RandomSource.SPLIT_MIX_64.create(seed),
                    Map.of("clusters", CLUSTERS, "observations", 40, "categories", CATEGORIES), Map.of());
            ModelData data = sim.data();
            CompiledModel nonCentred = Providers.named(NonCenteredMaskedSlopes.NAME).build(data).compile();
            CompiledModel centred = Providers.named(CenteredMaskedSlopes.NAME).build(data).compile();
            double[] mu = sim.truth().get("mu"), l = sim.truth().get("L"), z = sim.truth().get("z");
            double[] effects = MaskedChoiceSimulator.applyFactors(mu, l, z, CATEGORIES - 1);

            double[] thetaNc = nonCentred.unconstrain(Map.of("mu", mu, "L", l, "z", z));
            double[] thetaC = centred.unconstrain(Map.of("mu", mu, "L", l, "cluster_effects", effects));
            double lpNc = nonCentred.newEvaluator().logDensity(thetaNc);
            double lpC = centred.newEvaluator().logDensity(thetaC);
            double logDet = 0;
            for (int j = 0; j < CATEGORIES - 1; j++) logDet += Math.log(l[4 * j]) + Math.log(l[4 * j + 3]);
            double jacobian = CLUSTERS * logDet;
            assertEquals(lpNc - jacobian, lpC, 1e-9 * (1 + Math.abs(lpC)), "seed " + seed);
            largestJacobian = Math.max(largestJacobian, Math.abs(jacobian));

            // the recorded effects of the non-centred form are mu + L z
            Map<String, double[]> recorded = nonCentred.constrainedValues(thetaNc);
            assertArrayEquals(effects, recorded.get("cluster_effects"), 1e-12, "seed " + seed);
        }
        // without the Jacobian the two densities would disagree by this much somewhere
        assertTrue(largestJacobian > 1, "largest |C sum log L_rr| = " + largestJacobian);
    }

    @Test
    void standardDeviationsAndCorrelationsAreReadOffTheFactors() {
        Simulation sim = Providers.named(NonCenteredMaskedSlopes.NAME).simulate(RandomSource.SPLIT_MIX_64.create(5),
                Map.of("clusters", 3, "observations", 20, "categories", CATEGORIES), Map.of());
        CompiledModel model = Providers.named(NonCenteredMaskedSlopes.NAME).build(sim.data()).compile();
        double[] l = sim.truth().get("L");
        Map<String, double[]> values = model.constrainedValues(model.unconstrain(sim.truth()));
        double[] sds = values.get("sds"), corr = values.get("corr");
        for (int j = 0; j < CATEGORIES - 1; j++) {
            double s0 = l[4 * j], s1 = Math.hypot(l[4 * j + 2], l[4 * j + 3]);
            assertEquals(s0, sds[2 * j], 1e-12);
            assertEquals(s1, sds[2 * j + 1], 1e-12);
            // corr = (L0 . L1) / (s0 s1) = L10 / s1 since row 0 of L is (s0, 0)
            double rho = l[4 * j + 2] / s1;
            assertArrayEquals(new double[] {1, rho, rho, 1}, java.util.Arrays.copyOfRange(corr, 4 * j, 4 * j + 4), 1e-12, "category " + j);
        }
    }
}
