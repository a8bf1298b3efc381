package org.bayes4j.models.iris;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.bayes4j.models.testing.CsvModelData;
import org.bayes4j.models.testing.Providers;
import org.bayes4j.models.testing.RepositoryFiles;
import org.bayes4j.models.testing.StanFixture;
import org.bayes4j.spi.model.Data;
import org.bayes4j.spi.model.Dim;
import org.bayes4j.spi.model.Model;
import org.bayes4j.spi.model.ModelData;
import org.bayes4j.spi.model.ModelProvider;
import org.bayes4j.spi.model.Var;
import org.junit.jupiter.api.Test;

/**
 * The iris models (MODELS.md 1a, 1b) on their default data, on the real CSV,
 * on Stan-style JSON, and on bad data, whose errors name the variable, the
 * row and the value.
 */
class IrisBuildTest {

    private final ModelProvider pivot = Providers.named("iris-pivot");
    private final ModelProvider sumZero = Providers.named("iris-sumzero");

    @Test
    void bothAreFoundOnceWithMetadata() {
        List<String> names = Providers.all().stream().map(ModelProvider::name).collect(Collectors.toList());
        for (ModelProvider p : List.of(pivot, sumZero)) {
            assertEquals(1, names.stream().filter(p.name()::equals).count(), names.toString());
            assertTrue(p.references().stream().anyMatch(r -> r.contains("Fisher")), p.references().toString());
            assertEquals(List.of("alpha", "beta"), p.checkedParameters());
            assertEquals(Map.of("flowers", 150), p.defaultSizes());
            assertEquals(Map.of("flowers", 40), p.validationSizes());
            assertTrue(p.crossValidation(p.defaultData()).isPresent());
        }
    }

    @Test
    void defaultDataAre150SimulatedFlowersSharedByBothForms() {
        ModelData a = pivot.defaultData(), b = sumZero.defaultData();
        assertEquals(150, a.ints("y").length);
        assertTrue(a.source().contains("seed"), a.source());
        for (String name : List.of("sepal_length", "sepal_width", "petal_length", "petal_width", "y")) {
            assertArrayEquals(a.doubles(name), b.doubles(name), name);
            assertArrayEquals(a.doubles(name), pivot.defaultData().doubles(name), name + " is deterministic");
        }
        int[] counts = new int[3];
        for (int k : a.ints("y")) counts[k]++;
        for (int k = 0; k < 3; k++) assertTrue(counts[k] >= 20, "every species is common: " + java.util.Arrays.toString(counts));
    }

    @Test
    void sumToZeroModelReadsLikeItsMathematics() {
        Model m = sumZero.build(sumZero.defaultData());
        Dim feature = Dim.withCoords("feature", IrisData.FEATURES);
        Dim species = Dim.withCoords("species", IrisData.SPECIES);
        assertEquals(List.of(Dim.named("flower", 150), feature, species), m.dims());
        Var alpha = m.variable("alpha").orElseThrow(), beta = m.variable("beta").orElseThrow();
        assertEquals("zero_sum_normal", alpha.distribution().family());
        assertEquals(List.of(species), alpha.dims());
        assertEquals("zero_sum_normal", beta.distribution().family());
        // n_zerosum_axes counts from the last axis: 1 constrains species only, not features
        assertEquals(1, ((Number) beta.distribution().options().get("n_zerosum_axes")).intValue());
        assertEquals(List.of(feature, species), beta.dims());
        Var y = m.observedVariables().get(0);
        assertEquals("categorical_logit", y.distribution().family());
        assertEquals(List.of(Dim.named("flower", 150), species), y.distribution().arguments().get(0).dims());
        assertEquals(List.of("p_at_mean"), new ArrayList<>(m.deterministics().keySet()));
    }

    @Test
    void pivotModelPinsSetosa() {
        Model m = pivot.build(pivot.defaultData());
        Dim vsSetosa = Dim.withCoords("vs_setosa", List.of("versicolor", "virginica"));
        assertEquals(List.of(vsSetosa), m.variable("alpha").orElseThrow().dims());
        assertEquals(List.of(Dim.withCoords("feature", IrisData.FEATURES), vsSetosa), m.variable("beta").orElseThrow().dims());
        assertEquals("normal", m.variable("beta").orElseThrow().distribution().family());
        Var y = m.observedVariables().get(0);
        assertEquals(List.of(Dim.named("flower", 150), Dim.withCoords("species", IrisData.SPECIES)),
                y.distribution().arguments().get(0).dims());
    }

    @Test
    void predictorsAreCentredInsideBuild() {
        ModelData d = sumZero.defaultData();
        Data x = sumZero.build(d).data().stream().filter(v -> v.name().equals("x")).findFirst().orElseThrow();
        double[] values = x.values();
        for (int j = 0; j < 4; j++) {
            double mean = 0;
            for (int i = 0; i < 150; i++) mean += values[i * 4 + j];
            assertEquals(0, mean / 150, 1e-12, IrisData.FEATURES.get(j) + " centred");
            double[] raw = d.doubles(IrisData.FEATURES.get(j));
            assertEquals(raw[1] - raw[0], values[4 + j] - values[j], 1e-12, "a shift, not a rescaling");
        }
    }

    @Test
    void readsTheRealCsvWithSpeciesAsText() {
        ModelData iris = CsvModelData.read(RepositoryFiles.sharedDataset("iris.csv"));
        Model m = pivot.build(iris);
        int[] y = m.observedVariables().get(0).observed().intValues();
        assertEquals(150, y.length);
        assertEquals(0, y[0], "row 1 is setosa");
        assertEquals(2, y[149], "row 150 is virginica");
    }

    @Test
    void readsStanJsonWithAMatrixOfPredictors() {
        ModelData stan = new StanFixture("mnl_zerosum").data();
        assertArrayEquals(new int[] {150, 4}, stan.shape("X"));
        double[] y = stan.doubles("y");
        for (int i = 0; i < y.length; i++) y[i] -= 1;
        ModelData json = ModelData.builder("data.json").put("X", stan.doubles("X"), 150, 4).put("y", y, 150).scalar("N", 150).scalar("K", 3)
                .scalar("P", 4).build();
        Model m = sumZero.build(json);
        assertArrayEquals(y, m.observedVariables().get(0).observed().values());
        // Stan's own 1-based y is refused, with a hint
        assertMessage(sumZero, stan, "variable 'y' row", "Stan's 1-based y needs 1 subtracted");
    }

    @Test
    void badDataNamesVariableRowAndValue() {
        assertMessage(pivot, columns().strings("species", List.of("setosa", "versicolour", "virginica")).build(),
                "variable 'species' row 2 is 'versicolour', but must be one of [setosa, versicolor, virginica]");
        assertMessage(sumZero, columns().put("y", new double[] {0, 3, 1}).build(), "variable 'y' row 2 is 3, but must be a category in 0..2");
        assertMessage(sumZero, columns().put("y", new double[] {0, -1, 1}).build(), "variable 'y' row 2 is -1, but must be a category in 0..2");
        assertMessage(sumZero, columns().put("y", new double[] {0, 1.5, 1}).build(), "variable 'y' row 2 is 1.5, but must be an integer");
        assertMessage(sumZero, columns().put("y", new double[] {0, 1}).build(), "variable 'y' has 2 rows, but 'sepal_length' has 3");
        assertMessage(pivot, columns().strings("petal_width", List.of("0.2", "wide", "1.8")).put("y", new double[] {0, 1, 2}).build(),
                "variable 'petal_width' row 2 is 'wide', but must be a number");
        assertMessage(pivot, columns().put("petal_length", new double[] {1, Double.POSITIVE_INFINITY, 5}).put("y", new double[] {0, 1, 2}).build(),
                "variable 'petal_length' row 2 is Infinity, but must be finite");
        ModelData noWidth = ModelData.builder("bad.csv").put("sepal_length", new double[] {5}).put("sepal_width", new double[] {3})
                .put("petal_length", new double[] {1}).put("y", new double[] {0}).build();
        assertMessage(pivot, noWidth, "missing variable 'petal_width'");
        assertMessage(pivot, columns().build(), "missing variable 'species' (or its alias 'y')");
        assertMessage(sumZero, ModelData.builder("bad.csv").put("x", new double[6], 2, 3).put("y", new double[] {0, 1}).build(),
                "variable 'x' has shape [2, 3], but must be [N, 4]");
        double[] x = new double[8];
        x[5] = Double.NaN;
        assertMessage(sumZero, ModelData.builder("bad.csv").put("x", x, 2, 4).put("y", new double[] {0, 1}).build(),
                "variable 'x' row 2 column sepal_width is NaN, but must be finite");
        assertMessage(sumZero, ModelData.builder("bad.csv").put("x", new double[8], 2, 4).put("y", new double[] {0, 1}).scalar("K", 4).build(),
                "variable 'K' is 4, but this model has 3 species");
        assertMessage(sumZero, ModelData.builder("bad.csv").put("x", new double[8], 2, 4).put("y", new double[] {0, 1}).scalar("N", 3).build(),
                "variable 'N' is 3, but 'y' has 2 rows");
    }

    private static ModelData.Builder columns() {
        return ModelData.builder("bad.csv")
                .put("sepal_length", new double[] {5.1, 7.0, 6.3}).put("sepal_width", new double[] {3.5, 3.2, 3.3})
                .put("petal_length", new double[] {1.4, 4.7, 6.0}).put("petal_width", new double[] {0.2, 1.4, 2.5});
    }

    private static void assertMessage(ModelProvider p, ModelData bad, String... expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> p.build(bad));
        for (String part : expected) assertTrue(e.getMessage().contains(part), "message was: " + e.getMessage());
        assertTrue(e.getMessage().startsWith(bad.source()), "message names the source: " + e.getMessage());
    }
}
