package org.bayes4j.models.masked;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.bayes4j.models.testing.Providers;
import org.bayes4j.spi.model.Dim;
import org.bayes4j.spi.model.DistributionSpec;
import org.bayes4j.spi.model.Model;
import org.bayes4j.spi.model.ModelData;
import org.bayes4j.spi.model.ModelProvider;
import org.bayes4j.spi.model.Var;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The masked-choice models on their default data read like their
 * mathematics; bad data fail before any sampling, naming the source, the
 * variable, the row (and column) and the value.
 */
class MaskedChoicesBuildTest {

    static final List<String> NAMES = List.of(MaskedMultinomial.NAME, CenteredMaskedSlopes.NAME, NonCenteredMaskedSlopes.NAME);

    @Test
    void maskedSoftmaxModelReadsLikeItsMathematics() {
        ModelProvider p = Providers.named(MaskedMultinomial.NAME);
        Model m = p.build(p.defaultData());
        assertEquals(List.of("alpha", "beta"), freeNames(m));
        assertEquals(List.of(Dim.withCoords("choice", List.of("c0", "c1", "c2", "c3", "c4", "c5"))), m.variable("alpha").orElseThrow().dims());
        Var n = m.observedVariables().get(0);
        assertEquals("multinomial_logit_masked", n.distribution().family());
        assertEquals(List.of(Dim.named("observation", 2000), Dim.withCoords("category", List.of("c0", "c1", "c2", "c3", "c4", "c5", "other"))),
                n.observed().dims());
    }

    @Test
    void varyingSlopesUseOneBatchedCholeskyVariable() {
        for (String name : List.of(CenteredMaskedSlopes.NAME, NonCenteredMaskedSlopes.NAME)) {
            ModelProvider p = Providers.named(name);
            Model m = p.build(p.defaultData());
            assertEquals(p.checkedParameters(), freeNames(m), name);
            Var l = m.variable("L").orElseThrow();
            assertEquals("lkj_cholesky_cov", l.distribution().family());
            assertEquals("exponential", ((DistributionSpec) l.distribution().options().get("sd_dist")).family());
            assertEquals(List.of(6, 2, 2), l.dims().stream().map(Dim::size).collect(Collectors.toList()), name + ": one batch of K-1 factors");
            assertEquals(List.of(50, 6, 2), m.variable(p.checkedParameters().get(2)).orElseThrow().dims().stream().map(Dim::size)
                    .collect(Collectors.toList()), name);
            assertEquals(Dim.named("cluster", 50), m.dims().get(0), name);
            assertTrue(m.deterministics().keySet().containsAll(List.of("sds", "corr")), name);
            assertEquals("multinomial_logit_masked", m.observedVariables().get(0).distribution().family());
        }
        Model centred = Providers.named(CenteredMaskedSlopes.NAME).build(Providers.named(CenteredMaskedSlopes.NAME).defaultData());
        assertEquals("multi_normal_cholesky", centred.variable("cluster_effects").orElseThrow().distribution().family());
        Model nonCentred = Providers.named(NonCenteredMaskedSlopes.NAME).build(Providers.named(NonCenteredMaskedSlopes.NAME).defaultData());
        assertTrue(nonCentred.deterministics().containsKey("cluster_effects"));
    }

    @Test
    void defaultDataHaveTheDocumentedSizesAndRespectTheMasks() {
        ModelData d = Providers.named(NonCenteredMaskedSlopes.NAME).defaultData();
        assertTrue(d.source().contains("seed"), d.source());
        MaskedChoices c = MaskedChoices.read(d, true, true);
        assertEquals(2000, c.rows());
        assertEquals(7, c.numCategories());
        assertEquals(50, c.numClusters());
        // same seed, same program: both forms of 4b have the same default data
        ModelData centred = Providers.named(CenteredMaskedSlopes.NAME).defaultData();
        for (String v : d.names()) org.junit.jupiter.api.Assertions.assertArrayEquals(d.doubles(v), centred.doubles(v), v);
        assertTrue(d.source().contains("cluster sds [0.8, 0.4] correlation 0.3"), d.source());

        ModelProvider mixture = Providers.named(MaskedMixtureMultinomial.NAME);
        Model m = mixture.build(mixture.defaultData());
        assertEquals(List.of("alpha", "beta", "w"), freeNames(m));
        assertEquals("mixture", m.observedVariables().get(0).distribution().family());
        assertTrue(!mixture.defaultData().has("available"), "4c's data do not record the masks");
    }

    @Test
    void badDataFailNamingVariableRowAndValue() {
        for (String name : NAMES) {
            ModelProvider p = Providers.named(name);
            assertMessage(() -> p.build(edit(p, "counts", 2 * 7 + 1, -1)), "variable 'counts' row 3, column 2 is -1, but counts must be >= 0");
            assertMessage(() -> p.build(edit(p, "counts", 7 + 6, 2.5)), "variable 'counts' row 2, column 7 is 2.5, but must be an integer");
            assertMessage(() -> p.build(edit(p, "available", 4 * 7 + 2, 2)), "variable 'available' row 5, column 3 is 2, but must be 0 or 1");
            assertMessage(() -> p.build(noneAvailable(p, 9)), "variable 'available' row 10 is all 0, but at least one category must be available");
            int[] cell = unavailableCell(p.defaultData());
            assertMessage(() -> p.build(edit(p, "counts", cell[0] * 7 + cell[1], 3)), "variable 'counts' row " + (cell[0] + 1) + ", column "
                    + (cell[1] + 1) + " is 3, but category " + (cell[1] + 1) + " is unavailable in row " + (cell[0] + 1));
            assertMessage(() -> p.build(edit(p, "x", 11, Double.NaN)), "variable 'x' row 12 is NaN, but must be finite");
        }
        for (String name : List.of(CenteredMaskedSlopes.NAME, NonCenteredMaskedSlopes.NAME)) {
            ModelProvider p = Providers.named(name);
            assertMessage(() -> p.build(edit(p, "cluster", 6, 50)), "variable 'cluster' row 7 is 50, but must be a cluster index in 0..49");
            assertMessage(() -> p.build(edit(p, "cluster", 0, -1)), "variable 'cluster' row 1 is -1, but must be a cluster index in 0..49");
        }
        ModelProvider masked = Providers.named(MaskedMultinomial.NAME);
        assertMessage(() -> masked.build(without(masked.defaultData(), "available")), "missing variable 'available'");
    }

    @Test
    void trialsWhenGivenMustEqualTheRowSums() {
        ModelProvider p = Providers.named(MaskedMultinomial.NAME);
        ModelData d = p.defaultData();
        MaskedChoices c = MaskedChoices.read(d, true, false);
        int[] trials = c.trials();
        ModelData good = with(d, "trials", trials);
        assertEquals(2000, p.build(good).dims().get(0).size());
        trials[4]++;
        assertMessage(() -> p.build(with(d, "trials", trials)), "variable 'trials' row 5 is " + trials[4] + ", but the counts of row 5 sum to "
                + (trials[4] - 1));
    }

    static List<String> freeNames(Model m) {
        return m.freeVariables().stream().map(Var::name).collect(Collectors.toList());
    }

    /** The default data with element {@code flat} of {@code name} replaced by {@code value}. */
    private static ModelData edit(ModelProvider p, String name, int flat, double value) {
        ModelData d = p.defaultData();
        ModelData.Builder b = ModelData.builder("bad.json");
        for (String v : d.names()) {
            double[] values = d.doubles(v);
            if (v.equals(name)) values[flat] = value;
            b.put(v, values, d.shape(v));
        }
        return b.build();
    }

    private static ModelData noneAvailable(ModelProvider p, int row) {
        ModelData d = p.defaultData();
        ModelData.Builder b = ModelData.builder("bad.json");
        for (String v : d.names()) {
            double[] values = d.doubles(v);
            if (v.equals("available") || v.equals("counts")) java.util.Arrays.fill(values, row * 7, row * 7 + 7, 0);
            b.put(v, values, d.shape(v));
        }
        return b.build();
    }

    /** Some (row, column) whose category is unavailable in the default data. */
    private static int[] unavailableCell(ModelData d) {
        double[] a = d.doubles("available");
        for (int i = 0; i < a.length; i++) if (a[i] == 0) return new int[] {i / 7, i % 7};
        throw new AssertionError("the default data have every category available");
    }

    private static ModelData without(ModelData d, String name) {
        ModelData.Builder b = ModelData.builder("bad.json");
        for (String v : d.names()) if (!v.equals(name)) b.put(v, d.doubles(v), d.shape(v));
        return b.build();
    }

    private static ModelData with(ModelData d, String name, int[] values) {
        ModelData.Builder b = ModelData.builder("t.json");
        for (String v : d.names()) b.put(v, d.doubles(v), d.shape(v));
        b.put(name, values, values.length);
        return b.build();
    }

    private static void assertMessage(Executable call, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(expected), "message was: " + e.getMessage());
    }
}
