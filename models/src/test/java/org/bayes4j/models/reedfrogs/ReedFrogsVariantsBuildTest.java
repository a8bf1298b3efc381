package org.bayes4j.models.reedfrogs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.bayes4j.models.support.RandomDraws;
import org.bayes4j.models.testing.CsvModelData;
import org.bayes4j.models.testing.Providers;
import org.bayes4j.models.testing.RepositoryFiles;
import org.bayes4j.spi.model.Constant;
import org.bayes4j.spi.model.Data;
import org.bayes4j.spi.model.Model;
import org.bayes4j.spi.model.ModelData;
import org.bayes4j.spi.model.ModelProvider;
import org.bayes4j.spi.model.Simulation;
import org.bayes4j.spi.model.Var;
import org.junit.jupiter.api.Test;

/**
 * The reed-frog variants 5a non-centred, 5b and 5c: their free variables,
 * the real CSV (with {@code pred} as text), the predator column their
 * simulators write, the fixed sigma read from the data, and bad data.
 */
class ReedFrogsVariantsBuildTest {

    private static final List<String> ALL = List.of("reedfrogs", "reedfrogs-noncentered", "reedfrogs-fixed-sigma",
            "reedfrogs-predators", "reedfrogs-predators-noncentered");

    @Test
    void freeVariablesFollowEachForm() {
        assertEquals(List.of("alpha_bar", "sigma", "z"), free("reedfrogs-noncentered"));
        assertEquals(List.of("alpha_bar", "alpha"), free("reedfrogs-fixed-sigma"));
        assertEquals(List.of("alpha_bar", "sigma", "beta_P", "alpha"), free("reedfrogs-predators"));
        assertEquals(List.of("alpha_bar", "sigma", "beta_P", "z"), free("reedfrogs-predators-noncentered"));
        Model nc = Providers.named("reedfrogs-noncentered").build(Providers.named("reedfrogs-noncentered").defaultData());
        assertTrue(nc.deterministics().containsKey("alpha") && nc.deterministics().containsKey("p_survived"));
    }

    @Test
    void everyVariantBuildsOnTheRealCsv() {
        ModelData csv = CsvModelData.read(RepositoryFiles.sharedDataset("reedfrogs.csv"));
        for (String name : ALL) {
            Model m = Providers.named(name).build(csv);
            assertEquals(48, m.dims().get(0).size(), name);
        }
        Model predators = Providers.named("reedfrogs-predators").build(csv);
        Data pred = predators.data().stream().filter(d -> d.name().equals("pred")).findFirst().orElseThrow();
        // rows 1-8 of each density block have no predators, rows 9-16 have them
        int[] expected = new int[48];
        for (int j = 0; j < 48; j++) expected[j] = (j % 16) >= 8 ? 1 : 0;
        assertArrayEquals(expected, pred.intValues());
    }

    @Test
    void predatorSimulatorsWriteThePredatorColumnOthersDoNot() {
        for (String name : ALL) {
            ModelProvider p = Providers.named(name);
            Simulation s = p.simulate(RandomDraws.seeded(1), Map.of("tanks", 12), Map.of());
            assertEquals(name.contains("predators"), s.data().has("pred"), name);
            if (s.data().has("pred")) assertArrayEquals(new int[] {0, 0, 0, 1, 1, 1, 0, 0, 0, 1, 1, 1}, s.data().ints("pred"), name);
        }
        // predators at beta_P = -30 kill every tadpole in their tanks
        Simulation s = Providers.named("reedfrogs-predators").simulate(RandomDraws.seeded(2), Map.of("tanks", 12),
                Map.of("beta_P", new double[] {-30}, "alpha_bar", new double[] {0}, "sigma", new double[] {0.1}));
        int[] surv = s.data().ints("surv"), pred = s.data().ints("pred");
        for (int j = 0; j < 12; j++) if (pred[j] == 1) assertEquals(0, surv[j], "tank " + j);
    }

    /** One seed, the same data in both forms, and alpha = alpha_bar + sigma z between the truths. */
    @Test
    void centredAndNonCentredFormsSimulateTheSameData() {
        for (String[] pair : new String[][] {{"reedfrogs", "reedfrogs-noncentered"}, {"reedfrogs-predators", "reedfrogs-predators-noncentered"}}) {
            Simulation c = Providers.named(pair[0]).simulate(RandomDraws.seeded(9), Map.of("tanks", 20), Map.of());
            Simulation n = Providers.named(pair[1]).simulate(RandomDraws.seeded(9), Map.of("tanks", 20), Map.of());
            assertArrayEquals(c.data().doubles("surv"), n.data().doubles("surv"), pair[0]);
            double alphaBar = n.truth().get("alpha_bar")[0], sigma = n.truth().get("sigma")[0];
            double[] z = n.truth().get("z"), alpha = c.truth().get("alpha");
            for (int j = 0; j < 20; j++) assertEquals(alphaBar + sigma * z[j], alpha[j], 1e-12 * (1 + Math.abs(alpha[j])), pair[0] + " tank " + j);
        }
    }

    @Test
    void fixedSigmaIsReadFromTheDataWithDefaultOne() {
        ModelProvider fixed = Providers.named("reedfrogs-fixed-sigma");
        ModelData data = fixed.defaultData();
        assertEquals(1.0, data.scalar("sigma"));
        ModelData noSigma = ModelData.builder("t").put("density", new int[] {10, 25}, 2).put("surv", new int[] {3, 4}, 2).build();
        assertEquals(1.0, sigmaOf(fixed.build(noSigma)));
        ModelData sigma = ModelData.builder("t").put("density", new int[] {10, 25}, 2).put("surv", new int[] {3, 4}, 2).scalar("sigma", 2.5).build();
        assertEquals(2.5, sigmaOf(fixed.build(sigma)));
        ModelData bad = ModelData.builder("t.json").put("density", new int[] {10}, 1).put("surv", new int[] {3}, 1).scalar("sigma", -1).build();
        assertMessage(() -> fixed.build(bad), "t.json: variable 'sigma' is -1.0, but must be a positive number");
    }

    @Test
    void badPredatorDataFailsNamingRowAndValue() {
        ModelProvider p = Providers.named("reedfrogs-predators");
        ModelData base = ModelData.builder("frogs.csv").put("density", new int[] {10, 10, 25}, 3).put("surv", new int[] {3, 4, 5}, 3).build();
        assertMessage(() -> p.build(base), "frogs.csv: missing variable 'pred' (or its alias 'P')");
        ModelData words = ModelData.builder("frogs.csv").put("density", new int[] {10, 10, 25}, 3).put("surv", new int[] {3, 4, 5}, 3)
                .strings("pred", List.of("no", "pred", "yes")).build();
        assertMessage(() -> p.build(words), "frogs.csv: variable 'pred' row 3 is 'yes', but must be 'pred' or 'no' (or 1 or 0)");
        ModelData two = ModelData.builder("f.json").put("D", new int[] {10, 10, 25}, 3).put("S", new int[] {3, 4, 5}, 3).put("P", new int[] {0, 2, 1}, 3).build();
        assertMessage(() -> p.build(two), "f.json: variable 'P' row 2 is '2'");
        ModelData shorter = ModelData.builder("f.json").put("D", new int[] {10, 10, 25}, 3).put("S", new int[] {3, 4, 5}, 3).put("P", new int[] {0, 1}, 2).build();
        assertMessage(() -> p.build(shorter), "variable 'P' has 2 rows, but 'D' has 3");
    }

    /** The constant scale of {@code alpha ~ N(alpha_bar, sigma)}. */
    private static double sigmaOf(Model m) {
        Var alpha = m.variable("alpha").orElseThrow();
        return ((Constant) alpha.distribution().arguments().get(1)).values()[0];
    }

    private static List<String> free(String name) {
        ModelProvider p = Providers.named(name);
        return p.build(p.defaultData()).freeVariables().stream().map(Var::name).collect(Collectors.toList());
    }

    private static void assertMessage(org.junit.jupiter.api.function.Executable call, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(expected), "message was: " + e.getMessage());
    }
}
