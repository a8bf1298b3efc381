package org.bayes4j.models.confounded;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.bayes4j.models.support.RandomDraws;
import org.bayes4j.models.testing.Providers;
import org.bayes4j.spi.model.Data;
import org.bayes4j.spi.model.Model;
import org.bayes4j.spi.model.ModelData;
import org.bayes4j.spi.model.ModelProvider;
import org.bayes4j.spi.model.Simulation;
import org.bayes4j.spi.model.Var;
import org.junit.jupiter.api.Test;

/**
 * The confounded-groups data: both layouts of {@code Z}, the group means
 * {@code Xbar} computed in build, every estimator's free variables, the
 * world as default data, and bad data failing with the variable, row and value.
 */
class ConfoundedDataTest {

    private static final List<String> ALL = List.of("confounded-naive", "confounded-fixed-effects", "confounded-multilevel",
            "confounded-multilevel-centered", "confounded-mundlak", "confounded-latent-mundlak", "confounded-mundlak-centered",
            "confounded-latent-mundlak-centered");

    @Test
    void zPerGroupOrPerIndividualGiveTheSameModel() {
        ModelData perGroup = ModelData.builder("t.json").put("group", new int[] {0, 1, 1, 2}, 4).put("X", new double[] {1, 2, 4, -1}, 4)
                .put("Y", new int[] {0, 1, 1, 0}, 4).put("Z", new double[] {0.5, -1, 2}, 3).build();
        ModelData perIndividual = ModelData.builder("t.csv").put("group", new int[] {0, 1, 1, 2}, 4).put("X", new double[] {1, 2, 4, -1}, 4)
                .put("Y", new int[] {0, 1, 1, 0}, 4).put("Z", new double[] {0.5, -1, -1, 2}, 4).build();
        for (ModelData d : List.of(perGroup, perIndividual)) {
            ConfoundedData.Individuals r = ConfoundedData.read(d);
            assertEquals(3, r.groups(), d.source());
            assertArrayEquals(new double[] {0.5, -1, 2}, r.z(), d.source());
            assertArrayEquals(new double[] {1, 3, -1}, r.xbar(), d.source());
        }
        Model mundlak = Providers.named("confounded-mundlak").build(perIndividual);
        Data xbar = mundlak.data().stream().filter(x -> x.name().equals("Xbar")).findFirst().orElseThrow();
        assertArrayEquals(new double[] {1, 3, -1}, xbar.values());
    }

    @Test
    void everyEstimatorBuildsOnTheWorldWithGroupsFirst() {
        for (String name : ALL) {
            ModelProvider p = Providers.named(name);
            Model m = p.build(p.defaultData());
            assertEquals(List.of(30, 200), m.dims().stream().map(d -> d.size()).collect(Collectors.toList()), name);
            assertEquals(List.of("group", "individual"), m.dims().stream().map(d -> d.name()).collect(Collectors.toList()), name);
            assertTrue(p.defaultData().source().contains("seed " + ConfoundedWorld.DEFAULT_SEED), p.defaultData().source());
        }
        assertEquals(List.of("alpha", "b_X", "b_Z"), free("confounded-naive"));
        assertEquals(List.of("alpha", "b_X", "b_Z"), free("confounded-fixed-effects"));
        assertEquals(List.of("alpha_bar", "tau", "z", "b_X", "b_Z"), free("confounded-multilevel"));
        assertEquals(List.of("alpha_bar", "tau", "alpha", "b_X", "b_Z"), free("confounded-multilevel-centered"));
        assertEquals(List.of("alpha_bar", "tau", "z", "b_X", "b_Z", "b_Xbar"), free("confounded-mundlak"));
        assertEquals(List.of("alpha_bar", "tau", "z", "b_X", "b_Z", "b_GY", "G", "a_X", "b_GX", "sigma_X"), free("confounded-latent-mundlak"));
        assertEquals(List.of("alpha_bar", "tau", "alpha", "b_X", "b_Z", "b_Xbar"), free("confounded-mundlak-centered"));
        assertEquals(List.of("alpha_bar", "tau", "alpha", "b_X", "b_Z", "b_GY", "G", "a_X", "b_GX", "sigma_X"),
                free("confounded-latent-mundlak-centered"));
        Model fixed = Providers.named("confounded-fixed-effects").build(Providers.named("confounded-fixed-effects").defaultData());
        assertEquals(List.of(30), fixed.variable("alpha").orElseThrow().dims().stream().map(d -> d.size()).collect(Collectors.toList()));
        Model latent = Providers.named("confounded-latent-mundlak").build(Providers.named("confounded-latent-mundlak").defaultData());
        assertEquals(List.of("x", "y"), latent.observedVariables().stream().map(Var::name).collect(Collectors.toList()));
    }

    @Test
    void badDataFailsNamingVariableRowAndValue() {
        ModelProvider p = Providers.named("confounded-multilevel");
        assertMessage(() -> p.build(data(new int[] {0, 1, 3}, new int[] {0, 1, 1}, new double[] {0.1, 0.2})),
                "t.json: variable 'group' row 3 is 3, but must be a group index 0..1 ('Z' has 2 values, one per group)");
        assertMessage(() -> p.build(data(new int[] {0, -1, 1}, new int[] {0, 1, 1}, new double[] {0.1, 0.2})),
                "t.json: variable 'group' row 2 is -1, but must be a group index 0..1");
        assertMessage(() -> p.build(data(new int[] {0, 1, 1}, new int[] {0, 2, 1}, new double[] {0.1, 0.2})),
                "t.json: variable 'Y' row 2 is 2, but must be 0 or 1");
        assertMessage(() -> p.build(data(new int[] {0, 0, 0}, new int[] {0, 1, 1}, new double[] {0.1, 0.2})),
                "t.json: group 1 has no individuals in 'group'");
        assertMessage(() -> p.build(data(new int[] {0, 1, 1}, new int[] {0, 1, 1}, new double[] {0.1, 0.2, 0.3})),
                "t.json: variable 'Z' row 3 is 0.3, but row 2 of the same group 1 has 0.2 (Z is a group trait)");
        ModelData noX = ModelData.builder("t.csv").put("group", new int[] {0}, 1).put("Y", new int[] {0}, 1).put("Z", new double[] {1}, 1).build();
        assertMessage(() -> p.build(noX), "t.csv: missing variable 'X'");
        ModelData nanX = ModelData.builder("t.csv").put("group", new int[] {0, 0}, 2).put("X", new double[] {1, Double.NaN}, 2)
                .put("Y", new int[] {0, 1}, 2).put("Z", new double[] {1}, 1).build();
        assertMessage(() -> p.build(nanX), "t.csv: variable 'X' row 2 is NaN, but must be finite");
        assertMessage(() -> p.simulate(RandomDraws.seeded(1), Map.of("groups", 10, "individuals", 5), Map.of()),
                "size 'individuals' is 5, but must be >= 'groups' (10)");
    }

    @Test
    void simulationsKeepEveryGroupAndFixedEffectsAreUsed() {
        for (String name : ALL) {
            Simulation s = Providers.named(name).simulate(RandomDraws.seeded(4), Map.of("groups", 12, "individuals", 12), Map.of());
            assertEquals(12, ConfoundedData.read(s.data()).groups(), name + ": every group has a member");
        }
        // b_X = +30 with X far from 0 decides Y by the sign of X
        Simulation s = Providers.named("confounded-naive").simulate(RandomDraws.seeded(5), Map.of(),
                Map.of("alpha", new double[] {0}, "b_X", new double[] {30}, "b_Z", new double[] {0}));
        double[] x = s.data().doubles("X");
        int[] y = s.data().ints("Y");
        for (int i = 0; i < x.length; i++) if (Math.abs(x[i]) > 1.5) assertEquals(x[i] > 0 ? 1 : 0, y[i], "individual " + i);
    }

    @Test
    void centredAndNonCentredMultilevelSimulateTheSameData() {
        Simulation c = Providers.named("confounded-multilevel-centered").simulate(RandomDraws.seeded(6), Map.of(), Map.of());
        Simulation n = Providers.named("confounded-multilevel").simulate(RandomDraws.seeded(6), Map.of(), Map.of());
        assertArrayEquals(c.data().doubles("Y"), n.data().doubles("Y"));
        assertArrayEquals(c.data().doubles("X"), n.data().doubles("X"));
        double alphaBar = n.truth().get("alpha_bar")[0], tau = n.truth().get("tau")[0];
        double[] z = n.truth().get("z"), alpha = c.truth().get("alpha");
        for (int g = 0; g < z.length; g++) assertEquals(alphaBar + tau * z[g], alpha[g], 1e-12 * (1 + Math.abs(alpha[g])), "group " + g);
    }

    private static ModelData data(int[] group, int[] y, double[] z) {
        double[] x = new double[group.length];
        return ModelData.builder("t.json").put("group", group, group.length).put("X", x, x.length).put("Y", y, y.length).put("Z", z, z.length).build();
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
