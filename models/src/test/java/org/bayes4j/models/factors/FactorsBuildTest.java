package org.bayes4j.models.factors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.bayes4j.models.testing.Providers;
import org.bayes4j.spi.model.CompiledModel;
import org.bayes4j.spi.model.Dim;
import org.bayes4j.spi.model.Model;
import org.bayes4j.spi.model.ModelData;
import org.bayes4j.spi.model.ModelProvider;
import org.junit.jupiter.api.Test;

/**
 * The model-8 providers on their default data, on labelled and on indexed
 * data, and on bad data, which fails at build (before any sampling) naming
 * the source, the variable, the row and the value.
 */
class FactorsBuildTest {

    private static final Dim GROUP = Dim.withCoords("group", List.of("g1", "g2", "g3", "g4"));
    private static final Dim COLOUR = Dim.withCoords("colour", List.of("blue", "green", "red"));
    private static final Dim FEATURE = Dim.withCoords("feature", List.of("x1", "x2"));

    private final ModelProvider interaction = Providers.named("factors-interaction-centered");
    private final ModelProvider interactionZ = Providers.named("factors-interaction-noncentered");
    private final ModelProvider additive = Providers.named("factors-additive-centered");
    private final ModelProvider additiveZ = Providers.named("factors-additive-noncentered");

    @Test
    void defaultDataAreDeterministicAndSharedByBothFormsOfADesign() {
        ModelData a = interaction.defaultData(), b = interactionZ.defaultData();
        assertTrue(a.source().contains("seed"), a.source());
        assertArrayEquals(a.doubles("y"), b.doubles("y"));
        assertArrayEquals(a.doubles("y"), interaction.defaultData().doubles("y"), "deterministic");
        assertArrayEquals(additive.defaultData().doubles("y"), additiveZ.defaultData().doubles("y"));
        for (ModelProvider p : List.of(interaction, interactionZ, additive, additiveZ)) {
            assertTrue(p.description().length() > 40, p.name());
            assertEquals(p.name().endsWith("noncentered"), p.references().stream().anyMatch(r -> r.contains("Papaspiliopoulos")), p.name());
        }
    }

    /** {@code b[group, colour, feature]}: the shapes read like the problem. */
    @Test
    void interactionModelReadsLikeItsMathematics() {
        Model m = interaction.build(interaction.defaultData());
        assertEquals(List.of(Dim.named("row", 600), GROUP, COLOUR, FEATURE), m.dims());
        assertEquals(List.of(GROUP, COLOUR), m.variable("a").orElseThrow().dims());
        assertEquals(List.of(GROUP, COLOUR, FEATURE), m.variable("b").orElseThrow().dims());
        assertEquals(List.of(FEATURE), m.variable("b_mu").orElseThrow().dims());
        assertEquals(List.of(GROUP, COLOUR), m.variable("s").orElseThrow().dims());
        assertEquals("exponential", m.variable("s").orElseThrow().distribution().family());
        assertEquals("lognormal", m.variable("lam").orElseThrow().distribution().family());
        assertEquals("normal", m.observedVariables().get(0).distribution().family());
        assertEquals(List.of(Dim.named("row", 600)), m.observedVariables().get(0).dims());

        Model z = interactionZ.build(interactionZ.defaultData());
        assertEquals(List.of(GROUP, COLOUR, FEATURE), z.variable("b_z").orElseThrow().dims());
        assertEquals(List.of(GROUP, COLOUR, FEATURE), z.deterministics().get("b").dims());
    }

    @Test
    void additiveModelSumsColourEffectsToZero() {
        Model m = additive.build(additive.defaultData());
        assertEquals(List.of(GROUP), m.variable("a_group").orElseThrow().dims());
        assertEquals(List.of(GROUP, FEATURE), m.variable("b_group").orElseThrow().dims());
        assertEquals(List.of(COLOUR), m.variable("a_colour").orElseThrow().dims());
        assertEquals(List.of(FEATURE, COLOUR), m.variable("b_colour").orElseThrow().dims());
        for (String name : List.of("a_colour", "b_colour")) {
            assertEquals("zero_sum_normal", m.variable(name).orElseThrow().distribution().family(), name);
        }
        Model z = additiveZ.build(additiveZ.defaultData());
        assertEquals("zero_sum_normal", z.variable("b_colour_z").orElseThrow().distribution().family());
        assertEquals(List.of(FEATURE, COLOUR), z.deterministics().get("b_colour").dims());
    }

    /** Recorded names carry the coordinate values, so summaries read {@code b[g1, red, x1]}. */
    @Test
    void recordedNamesAreLabelledByCoordinates() {
        assertTrue(names(interaction).contains("b[g1, red, x1]"), names(interaction).toString());
        assertTrue(names(interaction).contains("s[g4, blue]"));
        assertTrue(names(interactionZ).contains("b[g1, red, x1]"), "deterministic b of the non-centred form");
        assertTrue(names(interactionZ).contains("b_z[g2, green, x2]"));
        assertTrue(names(additive).contains("b_colour[x1, red]"), names(additive).toString());
        assertTrue(names(additive).contains("a_group[g3]"));
        assertTrue(names(additiveZ).contains("a_colour[green]"));
        assertTrue(names(additive).contains("b_mu[x2]"));
    }

    @Test
    void integerIndicesCountFromZeroAndDeclaredSizesKeepEmptyLevels() {
        ModelData data = ModelData.builder("indexed.json").put("group", new int[] {0, 2, 1, 0}).put("colour", new int[] {1, 0, 1, 0})
                .scalar("G", 4).put("X", new double[] {1, 2, 3, 4}, 4, 1).put("y", new double[] {0.5, 1, 1.5, 2}).build();
        Model m = interaction.build(data);
        assertEquals(List.of(Dim.named("row", 4), Dim.withCoords("group", List.of("0", "1", "2", "3")),
                Dim.withCoords("colour", List.of("0", "1")), Dim.withCoords("feature", List.of("x1"))), m.dims());
        CompiledModel c = m.compile();
        assertTrue(c.outputNames().contains("b[3, 1, x1]"), "group 3 has no rows but keeps its effects: " + c.outputNames());
    }

    @Test
    void textLabelsAreLevelsInStringOrderAndFeaturesCanBeNamed() {
        ModelData data = ModelData.builder("labelled.json").strings("group", List.of("north", "south", "east", "north"))
                .strings("color", List.of("red", "blue", "red", "blue")).put("x", new double[] {1, 2, 3, 4, 5, 6, 7, 8}, 4, 2)
                .strings("feature_labels", List.of("height", "width")).put("y", new double[] {1, 2, 3, 4}).build();
        FactorRows rows = FactorData.read(data);
        assertEquals(List.of("east", "north", "south"), rows.groups());
        assertEquals(List.of("blue", "red"), rows.colours());
        assertArrayEquals(new int[] {1, 2, 0, 1}, rows.group());
        assertArrayEquals(new int[] {1, 0, 1, 0}, rows.colour());
        assertTrue(additive.build(data).compile().outputNames().contains("b_colour[width, red]"));
    }

    /** A CSV file has no matrix: every column beside y, group and colour is a feature, named by its header. */
    @Test
    void featureColumnsOfATableAreTheFeatures() {
        ModelData csv = ModelData.builder("plants.csv").strings("group", List.of("g1", "g2", "g1")).put("height", new double[] {1, 2, 3})
                .strings("colour", List.of("red", "red", "blue")).put("width", new double[] {4, 5, 6}).put("y", new double[] {0, 1, 2}).build();
        FactorRows rows = FactorData.read(csv);
        assertEquals(List.of("height", "width"), rows.features());
        assertArrayEquals(new double[] {1, 4, 2, 5, 3, 6}, rows.x());
        assertTrue(interaction.build(csv).compile().outputNames().contains("b[g2, red, width]"));
        ModelData bad = ModelData.builder("plants.csv").strings("group", List.of("g1", "g2")).strings("colour", List.of("red", "blue"))
                .strings("height", List.of("1.5", "tall")).put("y", new double[] {0, 1}).build();
        assertMessage(bad, "variable 'height' row 2 is 'tall', but must be a number");
        assertMessage(ModelData.builder("bare.csv").put("group", new int[] {0}).put("colour", new int[] {0}).put("y", new double[] {1}).build(),
                "missing variable 'X' (alias 'x')");
    }

    @Test
    void badDataFailsBeforeSamplingNamingVariableRowAndValue() {
        assertMessage(base().put("group", new int[] {0, 4, 1}).scalar("G", 4).build(),
                "variable 'group' row 2 is 4, but must be a group index in 0..3 (G = 4); indices count from 0");
        assertMessage(base().put("group", new int[] {0, -1, 1}).build(), "variable 'group' row 2 is -1, but must be a group index >= 0");
        assertMessage(base().put("colour", new double[] {0, 1.5, 1}).build(), "variable 'colour' row 2 is 1.5, but must be an integer");
        assertMessage(base().put("y", new double[] {1, Double.NaN, 3}).build(), "variable 'y' row 2 is NaN, but must be finite");
        assertMessage(base().put("y", new double[] {1, 2, Double.POSITIVE_INFINITY}).build(), "variable 'y' row 3 is Infinity, but must be finite");
        assertMessage(base().put("X", new double[] {1, 2, 3, Double.NaN, 5, 6}, 3, 2).build(),
                "variable 'X' row 2 column x2 is NaN, but must be finite");
        assertMessage(base().put("X", new double[] {1, 2}, 2, 1).build(), "variable 'X' has shape [2, 1], but must be [N, F] with N = 3");
        assertMessage(base().put("group", new int[] {0, 1}).build(), "variable 'group' has 2 rows, but 'y' has 3");
        assertMessage(base().strings("colour", List.of("red", " ", "blue")).build(), "variable 'colour' row 2 is blank, but must be a label");
        assertMessage(base().scalar("N", 4).build(), "variable 'N' is 4, but 'y' has 3 rows");
        assertMessage(base().scalar("G", 0).build(), "variable 'G' is 0, but must be a number of groups >= 1");
        assertMessage(base().strings("colour", List.of("red", "blue", "red")).scalar("C", 3).build(),
                "variable 'C' is 3, but 'colour' has 2 distinct labels [blue, red]");
        assertMessage(base().scalar("F", 3).build(), "variable 'F' is 3, but 'X' has 2 columns");
        assertMessage(ModelData.builder("bad.json").put("group", new int[] {0}).put("X", new double[] {1}, 1, 1).put("y", new double[] {1}).build(),
                "missing variable 'colour' (or its alias 'color')");
    }

    private static ModelData.Builder base() {
        return ModelData.builder("bad.json").put("group", new int[] {0, 1, 1}).put("colour", new int[] {0, 0, 1})
                .put("X", new double[] {1, 2, 3, 4, 5, 6}, 3, 2).put("y", new double[] {1, 2, 3});
    }

    private void assertMessage(ModelData bad, String expected) {
        for (ModelProvider p : List.of(interaction, additiveZ)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> p.build(bad), expected);
            assertTrue(e.getMessage().contains(expected), "message was: " + e.getMessage());
            assertTrue(e.getMessage().startsWith(bad.source()), "message names the source: " + e.getMessage());
        }
    }

    private static List<String> names(ModelProvider p) {
        return p.build(p.defaultData()).compile().outputNames();
    }
}
