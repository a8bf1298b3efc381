package org.bayes4j.models.grouped;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.bayes4j.models.testing.CsvModelData;
import org.bayes4j.models.testing.Providers;
import org.bayes4j.spi.model.Data;
import org.bayes4j.spi.model.Dim;
import org.bayes4j.spi.model.Model;
import org.bayes4j.spi.model.ModelData;
import org.bayes4j.spi.model.ModelProvider;
import org.bayes4j.spi.model.Var;
import org.junit.jupiter.api.Test;

/**
 * Catalogue models 2 and 3 on their default data, on both data layouts, and
 * on bad data, whose errors name the variable, the row and the value.
 */
class GroupedCountsBuildTest {

    private static final List<String> NAMES = List.of(
            "grouped-multinomial-noncentered", "grouped-multinomial-centered", "dirichlet-multinomial");

    @Test
    void defaultDataAre100GroupsOfThreeCategoriesSharedByAllThreeModels() {
        ModelData first = Providers.named(NAMES.get(0)).defaultData();
        int[] trials = first.ints("trials");
        assertEquals(100, trials.length);
        double meanTrials = 0;
        for (int g = 0; g < 100; g++) {
            assertEquals(trials[g], first.ints("n0")[g] + first.ints("n1")[g] + first.ints("n2")[g], "row sums, group " + g);
            meanTrials += trials[g] / 100.0;
        }
        // N_g ~ Poisson(30): the mean of 100 has sd 0.55
        assertTrue(Math.abs(meanTrials - 30) < 2.5, "mean trials " + meanTrials);
        assertTrue(first.source().contains("seed"), first.source());
        for (String name : NAMES) {
            ModelData other = Providers.named(name).defaultData();
            assertEquals(first.names(), other.names(), name);
            for (String v : first.names()) assertArrayEquals(first.doubles(v), other.doubles(v), name + " " + v);
        }
    }

    @Test
    void nonCenteredModelReadsLikeItsMathematics() {
        Model m = Providers.named("grouped-multinomial-noncentered").build(Providers.named("grouped-multinomial-noncentered").defaultData());
        assertEquals(List.of("L", "mu", "z"), freeNames(m));
        Var l = m.variable("L").orElseThrow();
        assertEquals("lkj_cholesky_cov", l.distribution().family());
        assertEquals("half_student_t", l.distribution().options().get("sd_dist") instanceof org.bayes4j.spi.model.DistributionSpec s ? s.family() : "");
        assertEquals(List.of(Dim.withCoords("effect", List.of("n1", "n2")), Dim.withCoords("effect_col", List.of("n1", "n2"))), l.dims());
        assertEquals(List.of(Dim.named("group", 100), Dim.withCoords("effect", List.of("n1", "n2"))), m.variable("z").orElseThrow().dims());
        assertEquals(List.of("group_effects", "sds", "corr"), List.copyOf(m.deterministics().keySet()));
        Var n = m.observedVariables().get(0);
        assertEquals("multinomial_logit", n.distribution().family());
        assertEquals("trials", ((Data) n.distribution().arguments().get(0)).name());
        assertEquals(List.of(Dim.named("group", 100), Dim.withCoords("category", List.of("n0", "n1", "n2"))), n.observed().dims());
    }

    @Test
    void centeredModelDrawsTheEffectsFromTheMultivariateNormal() {
        ModelProvider p = Providers.named("grouped-multinomial-centered");
        Model m = p.build(p.defaultData());
        assertEquals(List.of("L", "mu", "group_effects"), freeNames(m));
        Var u = m.variable("group_effects").orElseThrow();
        assertEquals("multi_normal_cholesky", u.distribution().family());
        assertEquals(m.variable("L").orElseThrow(), u.distribution().arguments().get(1));
        assertEquals(List.of("sds", "corr"), List.copyOf(m.deterministics().keySet()));
    }

    @Test
    void dirichletMultinomialHasOneConcentrationPerCategory() {
        ModelProvider p = Providers.named("dirichlet-multinomial");
        Model m = p.build(p.defaultData());
        assertEquals(List.of("alpha"), freeNames(m));
        assertEquals("half_normal", m.variable("alpha").orElseThrow().distribution().family());
        assertEquals(3, m.variable("alpha").orElseThrow().size());
        assertEquals("dirichlet_multinomial", m.observedVariables().get(0).distribution().family());
        assertEquals(List.of("p_mean", "concentration"), List.copyOf(m.deterministics().keySet()));
    }

    @Test
    void jsonCountMatrixAndCsvColumnsGiveTheSameModelData() {
        ModelData csv = ModelData.builder("counts.csv").put("n0", new int[] {3, 0}).put("n1", new int[] {1, 5}).put("n2", new int[] {2, 2})
                .put("trials", new int[] {6, 7}).strings("group", List.of("north", "south")).build();
        ModelData json = ModelData.builder("counts.json").put("counts", new int[] {3, 1, 2, 0, 5, 2}, 2, 3)
                .put("N", new int[] {6, 7}).scalar("G", 2).scalar("K", 3).build();
        for (String name : NAMES) {
            ModelProvider p = Providers.named(name);
            Data fromCsv = p.build(csv).observedVariables().get(0).observed();
            Data fromJson = p.build(json).observedVariables().get(0).observed();
            assertArrayEquals(fromJson.values(), fromCsv.values(), name);
            assertArrayEquals(new double[] {3, 1, 2, 0, 5, 2}, fromCsv.values(), name);
            assertEquals(List.of("north", "south"), p.build(csv).dims().get(0).coords(), name);
        }
    }

    @Test
    void readsACsvFileWithCountColumnsTrialsAndGroupLabels() {
        ModelData csv = CsvModelData.parse("counts.csv", List.of(
                "group,n0,n1,n2,trials", "\"north\",3,1,2,6", "south,0,5,2,7", "east,4,4,4,12"));
        for (String name : NAMES) {
            Model m = Providers.named(name).build(csv);
            assertEquals(Dim.withCoords("group", List.of("north", "south", "east")), m.dims().get(0), name);
            assertArrayEquals(new double[] {3, 1, 2, 0, 5, 2, 4, 4, 4}, m.observedVariables().get(0).observed().values(), name);
        }
        ModelData bad = CsvModelData.parse("bad.csv", List.of("n0,n1,n2", "3,1,2", "0,x,2"));
        assertMessage(bad, "variable 'n1' row 2 is 'x', but must be a number");
    }

    @Test
    void badDataNamesVariableRowAndValue() {
        assertMessage(columns(new double[] {3, 1}, new double[] {2, -1}, new double[] {0, 4}), "variable 'n1' row 2 is -1, but counts must be >= 0");
        assertMessage(columns(new double[] {3, 1.5}, new double[] {2, 1}, new double[] {0, 4}), "variable 'n0' row 2 is 1.5, but must be an integer");
        assertMessage(ModelData.builder("bad.csv").put("n0", new double[] {3, 1}).build(),
                "the data have 1 count columns n0..n0, but a multinomial needs at least 2 categories");
        assertMessage(ModelData.builder("bad.csv").put("n0", new double[] {3}).put("n1", new double[] {3}).put("n3", new double[] {3}).build(),
                "column 'n3' is present, but column 'n2' is missing");
        assertMessage(ModelData.builder("bad.csv").put("n0", new double[] {3, 1}).put("n1", new double[] {3}).build(),
                "variable 'n1' has 1 rows, but 'n0' has 2");
        assertMessage(ModelData.builder("bad.csv").put("n0", new double[] {3, 1}).put("n1", new double[] {3, 2}).put("trials", new double[] {6, 4}).build(),
                "variable 'trials' row 2 is 4, but the counts of row 2 sum to 3");
        assertMessage(ModelData.builder("bad.csv").put("x", new double[] {3, 1}).build(), "missing the counts: expected a matrix 'counts' or count columns 'n0', 'n1'");
        assertMessage(ModelData.builder("bad.csv").put("n0", new double[] {1}).put("n1", new double[] {2}).scalar("K", 3).build(),
                "variable 'K' is 3, but the data have 2 count columns");
        assertMessage(ModelData.builder("bad.json").put("counts", new double[] {1, 2, 3, 4, 5, 6}, 3, 2).scalar("K", 3).build(),
                "variable 'K' is 3, but the data have 2 columns of 'counts'");
        assertMessage(ModelData.builder("bad.json").put("counts", new double[] {1, 2, 3, -4, 5, 6}, 2, 3).build(),
                "variable 'counts' row 2, column 1 is -4, but counts must be >= 0");
        assertMessage(ModelData.builder("bad.json").put("counts", new double[] {1, 2, 3, 4, 5.5, 6}, 2, 3).build(),
                "variable 'counts' row 2, column 2 is 5.5, but must be an integer");
        assertMessage(ModelData.builder("bad.json").put("counts", new double[] {1, 2, 3, 4}, 4).build(),
                "variable 'counts' has shape [4], but must be a matrix [G, K]");
        assertMessage(ModelData.builder("bad.json").put("counts", new double[] {1, 2, 3, 4, 5, 6}, 2, 3).put("N", new double[] {6, 14}).build(),
                "variable 'N' row 2 is 14, but the counts of row 2 sum to 15");
        assertMessage(ModelData.builder("bad.csv").put("n0", new double[] {1, 1}).put("n1", new double[] {2, 2})
                .strings("group", List.of("a", "a")).build(), "variable 'group' row 2 is 'a', but must differ from row 1");
        assertMessage(ModelData.builder("bad.csv").put("n0", new double[0]).put("n1", new double[0]).build(),
                "the counts have no rows, but need at least one group");
    }

    @Test
    void nonNumericCellIsNamed() {
        ModelData text = ModelData.builder("bad.csv").put("n0", new double[] {1, 2}).strings("n1", List.of("4", "four")).build();
        assertMessage(text, "variable 'n1' row 2 is 'four', but must be a number");
    }

    private static List<String> freeNames(Model m) { return m.freeVariables().stream().map(Var::name).collect(Collectors.toList()); }

    private static ModelData columns(double[] n0, double[] n1, double[] n2) {
        return ModelData.builder("bad.csv").put("n0", n0).put("n1", n1).put("n2", n2).build();
    }

    private static void assertMessage(ModelData bad, String expected) {
        for (String name : NAMES) {
            ModelProvider p = Providers.named(name);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> p.build(bad), name + " should reject " + expected);
            assertTrue(e.getMessage().contains(expected), name + ": message was: " + e.getMessage());
            assertTrue(e.getMessage().startsWith("bad."), "message names the source: " + e.getMessage());
            IllegalArgumentException cv = assertThrows(IllegalArgumentException.class, () -> p.crossValidation(bad));
            assertEquals(e.getMessage(), cv.getMessage(), name + ": cross-validation checks the data the same way");
        }
    }
}
