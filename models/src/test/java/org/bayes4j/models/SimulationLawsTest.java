package org.bayes4j.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.rng.simple.RandomSource;
import org.bayes4j.models.testing.Providers;
import org.bayes4j.spi.model.Model;
import org.bayes4j.spi.model.ModelData;
import org.bayes4j.spi.model.ModelProvider;
import org.bayes4j.spi.model.Simulation;
import org.bayes4j.spi.model.Var;
import org.junit.jupiter.api.Test;

/**
 * The {@link ModelProvider} laws of simulation, for every provider on the
 * class path: {@code build(simulate(...).data())} succeeds; the truth carries
 * exactly the model's free-variable names with their sizes; the same seed
 * gives the same data and truth, another seed different ones; fixed
 * parameters are used as given; sizes override the defaults; unknown keys
 * and out-of-support values fail naming them.
 */
class SimulationLawsTest {

    private static final int SEEDS = 20;

    @Test
    void simulatedDataBuildsAndTruthNamesTheFreeVariables() {
        for (ModelProvider p : Providers.all()) {
            for (long seed = 1; seed <= SEEDS; seed++) {
                Simulation s = p.simulate(rng(seed), Map.of(), Map.of());
                Model m = p.build(s.data());
                List<Var> free = m.freeVariables();
                assertEquals(free.stream().map(Var::name).collect(Collectors.toSet()), s.truth().keySet(), p.name() + " seed " + seed);
                for (Var v : free) {
                    assertEquals(v.size(), s.truth().get(v.name()).length, p.name() + ": truth of " + v.name());
                    assertTrue(Arrays.stream(s.truth().get(v.name())).allMatch(Double::isFinite), p.name() + ": truth of " + v.name());
                }
            }
        }
    }

    @Test
    void sameSeedSameSimulationOtherSeedOther() {
        for (ModelProvider p : Providers.all()) {
            Simulation a = p.simulate(rng(7), Map.of(), Map.of());
            Simulation b = p.simulate(rng(7), Map.of(), Map.of());
            Simulation c = p.simulate(rng(8), Map.of(), Map.of());
            assertSameData(a.data(), b.data(), p.name());
            for (String k : a.truth().keySet()) assertArrayEquals(a.truth().get(k), b.truth().get(k), p.name() + " truth " + k);
            assertFalse(Arrays.equals(a.truth().get(p.checkedParameters().get(0)), c.truth().get(p.checkedParameters().get(0))),
                    p.name() + ": another seed should draw another " + p.checkedParameters().get(0));
        }
    }

    @Test
    void defaultSizesAreUsedAndCanBeOverridden() {
        for (ModelProvider p : Providers.all()) {
            String key = p.defaultSizes().keySet().iterator().next();
            int defaultSize = p.defaultSizes().get(key);
            Simulation byDefault = p.simulate(rng(3), null, null);
            assertEquals(defaultSize, p.build(byDefault.data()).dims().get(0).size(), p.name());
            Simulation small = p.simulate(rng(3), Map.of(key, 5), Map.of());
            assertEquals(5, p.build(small.data()).dims().get(0).size(), p.name());
            Simulation one = p.simulate(rng(3), Map.of(key, 1), Map.of());
            assertEquals(1, p.build(one.data()).dims().get(0).size(), p.name() + ": a single group still builds");
        }
        assertEquals(Map.of("schools", 8), Providers.named("eight-schools-centered").defaultSizes());
        assertEquals(Map.of("schools", 8), Providers.named("eight-schools-noncentered").defaultSizes());
        assertEquals(Map.of("tanks", 48), Providers.named("reedfrogs").defaultSizes());
    }

    @Test
    void fixedParametersAreUsedAsGiven() {
        ModelProvider frogs = Providers.named("reedfrogs");
        double[] alpha = new double[12];
        Arrays.setAll(alpha, j -> j % 2 == 0 ? 30 : -30);
        Simulation s = frogs.simulate(rng(5), Map.of("tanks", 12), Map.of("sigma", new double[] {0.5}, "alpha", alpha));
        assertArrayEquals(new double[] {0.5}, s.truth().get("sigma"));
        assertArrayEquals(alpha, s.truth().get("alpha"));
        int[] density = s.data().ints("density");
        int[] surv = s.data().ints("surv");
        // logistic(+-30) is 1 or 0 to 13 digits: survivors are then all or none
        for (int j = 0; j < 12; j++) assertEquals(j % 2 == 0 ? density[j] : 0, surv[j], "tank " + j);

        ModelProvider schools = Providers.named("eight-schools-noncentered");
        Simulation t = schools.simulate(rng(5), Map.of(), Map.of("mu", new double[] {100}, "tau", new double[] {1e-9}));
        for (double y : t.data().doubles("y")) assertTrue(Math.abs(y - 100) < 6 * 18, "y near mu=100: " + y);
    }

    @Test
    void bothEightSchoolsFormsSimulateTheSameDataFromOneSeed() {
        Simulation c = Providers.named("eight-schools-centered").simulate(rng(11), Map.of(), Map.of());
        Simulation n = Providers.named("eight-schools-noncentered").simulate(rng(11), Map.of(), Map.of());
        assertSameData(c.data(), n.data(), "eight schools");
        double mu = n.truth().get("mu")[0], tau = n.truth().get("tau")[0];
        double[] eta = n.truth().get("eta");
        double[] theta = c.truth().get("theta");
        for (int j = 0; j < 8; j++) assertEquals(mu + tau * eta[j], theta[j], 1e-12 * (1 + Math.abs(theta[j])));
    }

    @Test
    void unknownKeysAndBadValuesFailNamingThem() {
        ModelProvider frogs = Providers.named("reedfrogs");
        assertMessage(() -> frogs.simulate(rng(1), Map.of("tank", 3), Map.of()), "unknown size 'tank'; known sizes: [tanks]");
        assertMessage(() -> frogs.simulate(rng(1), Map.of("tanks", 0), Map.of()), "size 'tanks' is 0, but must be >= 1");
        assertMessage(() -> frogs.simulate(rng(1), Map.of(), Map.of("beta", new double[] {1})),
                "unknown parameter 'beta'; the model's free variables are [alpha_bar, sigma, alpha]");
        assertMessage(() -> frogs.simulate(rng(1), Map.of(), Map.of("sigma", new double[] {-1})), "parameter sigma[0] is -1.0, but must be positive");
        assertMessage(() -> frogs.simulate(rng(1), Map.of("tanks", 4), Map.of("alpha", new double[] {1, 2})),
                "parameter 'alpha' has 2 values, but the simulation has 4 tanks");
        Map<String, double[]> nan = new HashMap<>();
        nan.put("tau", new double[] {Double.NaN});
        assertMessage(() -> Providers.named("eight-schools-centered").simulate(rng(1), Map.of(), nan), "parameter tau[0] is NaN, but must be positive");
        assertMessage(() -> Providers.named("eight-schools-noncentered").simulate(rng(1), Map.of(), Map.of("theta", new double[8])),
                "unknown parameter 'theta'; the model's free variables are [mu, tau, eta]");
    }

    private static void assertMessage(org.junit.jupiter.api.function.Executable call, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(expected), "message was: " + e.getMessage());
    }

    private static void assertSameData(ModelData a, ModelData b, String what) {
        assertEquals(a.names(), b.names(), what);
        // strings() renders numbers exactly (Double.toString round-trips) and keeps text columns (factor labels) as they are
        for (String name : a.names()) assertEquals(a.strings(name), b.strings(name), what + " data " + name);
    }

    private static org.apache.commons.rng.UniformRandomProvider rng(long seed) {
        return RandomSource.SPLIT_MIX_64.create(seed);
    }
}
