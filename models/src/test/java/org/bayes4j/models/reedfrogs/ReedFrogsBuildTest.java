package org.bayes4j.models.reedfrogs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.bayes4j.models.testing.Providers;
import org.bayes4j.models.testing.StanFixture;
import org.bayes4j.spi.model.Data;
import org.bayes4j.spi.model.Dim;
import org.bayes4j.spi.model.Model;
import org.bayes4j.spi.model.ModelData;
import org.bayes4j.spi.model.ModelProvider;
import org.bayes4j.spi.model.OpExpr;
import org.bayes4j.spi.model.Op;
import org.bayes4j.spi.model.Var;
import org.junit.jupiter.api.Test;

/**
 * The reed-frog model (MODELS.md 5a) on its default data, on Stan-style JSON
 * data, and on bad data, whose errors name the variable, the row and the value.
 */
class ReedFrogsBuildTest {

    private final ModelProvider frogs = Providers.named("reedfrogs");

    @Test
    void defaultDataHas48TanksWithTheExperimentsDensities() {
        ModelData d = frogs.defaultData();
        int[] density = d.ints("density");
        int[] surv = d.ints("surv");
        assertEquals(48, density.length);
        assertEquals(48, surv.length);
        for (int j = 0; j < 48; j++) {
            assertEquals(new int[] {10, 25, 35}[j % 3], density[j], "density row " + (j + 1));
            assertTrue(surv[j] >= 0 && surv[j] <= density[j], "surv row " + (j + 1) + " is " + surv[j]);
        }
        assertTrue(d.source().contains("seed"), "the source names the seed: " + d.source());
    }

    @Test
    void defaultDataIsDeterministic() {
        ModelData a = frogs.defaultData();
        ModelData b = frogs.defaultData();
        assertArrayEquals(a.doubles("surv"), b.doubles("surv"));
        assertEquals(a.source(), b.source());
    }

    @Test
    void modelReadsLikeItsMathematics() {
        Model m = frogs.build(frogs.defaultData());
        assertEquals(List.of("alpha_bar", "sigma", "alpha"), m.freeVariables().stream().map(Var::name).collect(Collectors.toList()));
        assertEquals("normal", m.variable("alpha_bar").orElseThrow().distribution().family());
        assertEquals("exponential", m.variable("sigma").orElseThrow().distribution().family());
        Var alpha = m.variable("alpha").orElseThrow();
        assertEquals("normal", alpha.distribution().family());
        assertEquals(List.of(Dim.named("tank", 48)), alpha.dims());
        assertEquals(List.of(m.variable("alpha_bar").orElseThrow(), m.variable("sigma").orElseThrow()), alpha.distribution().arguments());

        Var survived = m.observedVariables().get(0);
        assertEquals("survived", survived.name());
        assertEquals("binomial_logit", survived.distribution().family());
        assertEquals("density", ((Data) survived.distribution().arguments().get(0)).name());
        assertEquals(alpha, survived.distribution().arguments().get(1));
        assertEquals("surv", survived.observed().name());
        assertTrue(survived.observed().isInteger());

        OpExpr p = (OpExpr) m.deterministics().get("p_survived");
        assertEquals(Op.INV_LOGIT, p.op());
        assertEquals(List.of(alpha), p.inputs());
    }

    @Test
    void readsStanJsonWithItsAliases() {
        ModelData json = new StanFixture("reedfrog").data();
        Model m = frogs.build(json);
        Var survived = m.observedVariables().get(0);
        assertArrayEquals(json.doubles("S"), survived.observed().values());
        assertArrayEquals(json.doubles("D"), ((Data) survived.distribution().arguments().get(0)).values());
        assertEquals(48, m.variable("alpha").orElseThrow().size());
    }

    @Test
    void badDataNamesVariableRowAndValue() {
        assertMessage(data(new double[] {10, 25, 35}, new double[] {9, -1, 3}), "variable 'surv' row 2 is -1, but counts must be >= 0");
        assertMessage(data(new double[] {10, -25, 35}, new double[] {9, 1, 3}), "variable 'density' row 2 is -25, but counts must be >= 0");
        assertMessage(data(new double[] {10, 25, 35}, new double[] {9, 1, 36}), "variable 'surv' row 3 is 36, but must be <= density (35)");
        assertMessage(data(new double[] {10, 25.5, 35}, new double[] {9, 1, 3}), "variable 'density' row 2 is 25.5, but must be an integer");
        assertMessage(data(new double[] {10, 25, 35}, new double[] {9, 1}), "variable 'surv' has 2 rows, but 'density' has 3");
        assertMessage(ModelData.builder("bad.json").put("D", new double[] {10, 25}).put("S", new double[] {1, 2}).scalar("N", 3).build(),
                "variable 'N' is 3, but 'D' has 2 rows");
        assertMessage(ModelData.builder("bad.json").put("D", new double[] {10, 25}).put("S", new double[] {11, 2}).build(),
                "variable 'S' row 1 is 11, but must be <= D (10)");
        assertMessage(ModelData.builder("bad.json").put("density", new double[] {10, 25}).build(),
                "missing variable 'surv' (or its alias 'S')");
    }

    private void assertMessage(ModelData bad, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> frogs.build(bad));
        assertTrue(e.getMessage().contains(expected), "message was: " + e.getMessage());
        assertTrue(e.getMessage().startsWith("bad.json"), "message names the source: " + e.getMessage());
    }

    private static ModelData data(double[] density, double[] surv) {
        return ModelData.builder("bad.json").put("density", density).put("surv", surv).build();
    }
}
