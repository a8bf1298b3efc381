package org.bayes4j.models.eightschools;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.bayes4j.models.testing.Providers;
import org.bayes4j.spi.model.Data;
import org.bayes4j.spi.model.Dim;
import org.bayes4j.spi.model.Model;
import org.bayes4j.spi.model.ModelData;
import org.bayes4j.spi.model.ModelProvider;
import org.bayes4j.spi.model.Var;
import org.junit.jupiter.api.Test;

/**
 * Both eight-schools models built on the classic data: the variables, dims,
 * coordinates and families of BDA3 §5.5, and data errors that name the
 * variable, the row and the value.
 */
class EightSchoolsBuildTest {

    private static final List<String> SCHOOLS = List.of(
            "Choate", "Deerfield", "Phillips Andover", "Phillips Exeter", "Hotchkiss", "Lawrenceville", "St. Paul's", "Mt. Hermon");

    private final ModelProvider centred = Providers.named("eight-schools-centered");
    private final ModelProvider nonCentred = Providers.named("eight-schools-noncentered");

    @Test
    void defaultDataIsTheClassicDataSet() {
        ModelData d = centred.defaultData();
        assertArrayEquals(new double[] {28, 8, -3, 7, -1, 1, 18, 12}, d.doubles("y"));
        assertArrayEquals(new double[] {15, 10, 16, 11, 9, 11, 10, 18}, d.doubles("sigma"));
        assertEquals(SCHOOLS, d.strings("school"));
        assertEquals(d.names(), nonCentred.defaultData().names());
    }

    @Test
    void centredModelSamplesTheEffects() {
        Model m = centred.build(centred.defaultData());
        assertEquals(List.of("mu", "tau", "theta"), names(m.freeVariables()));
        assertEquals("normal", family(m, "mu"));
        assertEquals("half_cauchy", family(m, "tau"));
        assertEquals("normal", family(m, "theta"));
        Var theta = m.variable("theta").orElseThrow();
        assertEquals(List.of(Dim.withCoords("school", SCHOOLS)), theta.dims());
        assertTrue(theta.distribution().arguments().contains(m.variable("mu").orElseThrow()), "theta ~ N(mu, tau)");
        assertTrue(theta.distribution().arguments().contains(m.variable("tau").orElseThrow()), "theta ~ N(mu, tau)");
        assertTrue(m.deterministics().isEmpty());
        assertObservedLikelihood(m, "theta");
    }

    @Test
    void nonCentredModelSamplesStandardisedEffectsAndRecordsTheta() {
        Model m = nonCentred.build(nonCentred.defaultData());
        assertEquals(List.of("mu", "tau", "eta"), names(m.freeVariables()));
        assertEquals("normal", family(m, "eta"));
        assertEquals(List.of("theta"), List.copyOf(m.deterministics().keySet()));
        assertEquals(List.of(Dim.withCoords("school", SCHOOLS)), m.deterministics().get("theta").dims());
        assertEquals(List.of(Dim.withCoords("school", SCHOOLS)), m.variable("eta").orElseThrow().dims());
        assertObservedLikelihood(m, null);
    }

    @Test
    void withoutSchoolNamesTheDimIsUnlabelled() {
        ModelData d = ModelData.builder("test").put("y", new double[] {1, 2, 3}).put("sigma", new double[] {1, 1, 2}).scalar("J", 3).build();
        for (ModelProvider p : List.of(centred, nonCentred)) {
            Model m = p.build(d);
            Dim school = m.dims().get(0);
            assertEquals("school", school.name());
            assertEquals(3, school.size());
            assertNull(school.coords());
        }
    }

    @Test
    void badDataNamesVariableRowAndValue() {
        assertMessage(data(new double[] {1, 2, 3}, new double[] {1, -2, 1}), "variable 'sigma' row 2 is -2.0, but must be positive");
        assertMessage(data(new double[] {1, Double.NaN, 3}, new double[] {1, 2, 1}), "variable 'y' row 2 is NaN, but must be finite");
        assertMessage(data(new double[] {1, 2, 3}, new double[] {1, 2, Double.POSITIVE_INFINITY}), "variable 'sigma' row 3 is Infinity");
        assertMessage(data(new double[] {1, 2, 3}, new double[] {1, 2}), "variable 'sigma' has 2 rows, but 'y' has 3");
        assertMessage(ModelData.builder("bad.json").put("y", new double[] {1, 2}).put("sigma", new double[] {1, 2}).scalar("J", 3).build(),
                "variable 'J' is 3, but 'y' has 2 rows");
        assertMessage(ModelData.builder("bad.json").put("y", new double[] {1, 2}).build(), "missing variable 'sigma'");
        assertMessage(ModelData.builder("bad.json").put("y", new double[] {1, 2}).put("sigma", new double[] {1, 2})
                .strings("school", List.of("A", "A")).build(), "variable 'school' row 2 is 'A', but must differ from row 1");
    }

    private void assertMessage(ModelData bad, String expected) {
        for (ModelProvider p : List.of(centred, nonCentred)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> p.build(bad));
            assertTrue(e.getMessage().contains(expected), "message was: " + e.getMessage());
            assertTrue(e.getMessage().startsWith("bad.json"), "message names the source: " + e.getMessage());
        }
    }

    private static ModelData data(double[] y, double[] sigma) {
        return ModelData.builder("bad.json").put("y", y).put("sigma", sigma).build();
    }

    private static void assertObservedLikelihood(Model m, String meanName) {
        assertEquals(1, m.observedVariables().size());
        Var obs = m.observedVariables().get(0);
        assertEquals("y_obs", obs.name());
        assertEquals("normal", obs.distribution().family());
        Data y = obs.observed();
        assertEquals("y", y.name());
        assertArrayEquals(new double[] {28, 8, -3, 7, -1, 1, 18, 12}, y.values());
        Data sigma = (Data) obs.distribution().arguments().get(1);
        assertEquals("sigma", sigma.name());
        if (meanName != null) assertEquals(meanName, ((Var) obs.distribution().arguments().get(0)).name());
    }

    private static String family(Model m, String name) {
        return m.variable(name).orElseThrow().distribution().family();
    }

    private static List<String> names(List<Var> vars) {
        return vars.stream().map(Var::name).collect(Collectors.toList());
    }
}
