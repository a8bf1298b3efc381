package org.bayes4j.models.factors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.rng.simple.RandomSource;
import org.bayes4j.models.testing.Providers;
import org.bayes4j.spi.model.CompiledModel;
import org.bayes4j.spi.model.ModelData;
import org.bayes4j.spi.model.ModelProvider;
import org.bayes4j.spi.model.Simulation;
import org.junit.jupiter.api.Test;

/**
 * MODELS.md 8: "8a with one flattened (group, colour) factor equals 8a; 8b
 * does not."
 *
 * <p>Flattening replaces the two factors by one: row i's group becomes the
 * cell index $g_i C + c_i$ among $GC$ groups and every row gets the one
 * colour 0. The interaction model depends on a row's (group, colour) only
 * through its cell and gives the cells exchangeable priors, so on flattened
 * data it is the same model: its parameters map one to one (the arrays
 * {@code a[G, C]}, {@code b[G, C, F]}, {@code s[G, C]} read row-major are
 * {@code a[GC, 1]}, {@code b[GC, 1, F]}, {@code s[GC, 1]}), and the log
 * density, on the unconstrained scale with every Jacobian, agrees at every
 * mapped point. The law is checked at {@value #POINTS} points drawn from the
 * prior (seeded), to 1e-9 relative.
 *
 * <p>The additive model is not invariant: on the flattened data each of the
 * $GC$ cells gets its own intercept and slopes, drawn around the population
 * as 8a's are, so it becomes the interaction model, with more parameters than
 * 8b has ($G + C - 1$ intercepts). Mapping a point of 8b to the flattened
 * model (cell effect = group effect + colour effect) keeps the likelihood of
 * every row, but the log density differs: the prior is another.
 */
class FlattenedFactorTest {

    private static final int POINTS = 20;
    private static final Map<String, Integer> SIZES = Map.of(FactorSimulator.ROWS, 60, FactorSimulator.GROUPS, 4,
            FactorSimulator.COLOURS, 3, FactorSimulator.FEATURES, 2);
    private static final int G = 4, C = 3, F = 2;

    @Test
    void interactionModelOnTheFlattenedFactorIsTheInteractionModel() {
        ModelProvider interaction = Providers.named("factors-interaction-centered");
        for (long seed = 1; seed <= POINTS; seed++) {
            Simulation sim = interaction.simulate(RandomSource.SPLIT_MIX_64.create(seed), SIZES, Map.of());
            CompiledModel original = interaction.build(sim.data()).compile();
            CompiledModel flattened = interaction.build(flatten(sim.data())).compile();
            assertEquals(original.dimension(), flattened.dimension(), "same unconstrained dimension");
            assertEquals(List.of(G * C, 1, F), shape(flattened, "b"), "b of the flattened model");
            // the same arrays, read row-major: a[g, c] is a[g * C + c, 0]
            double lpOriginal = original.newEvaluator().logDensity(original.unconstrain(sim.truth()));
            double lpFlattened = flattened.newEvaluator().logDensity(flattened.unconstrain(sim.truth()));
            assertTrue(Double.isFinite(lpOriginal), "seed " + seed);
            assertEquals(lpOriginal, lpFlattened, 1e-9 * Math.abs(lpOriginal), "seed " + seed);
        }
    }

    /**
     * The check can fail: cells numbered colour-major ($c G + g$) while the
     * parameters stay group-major pair rows with other cells' effects, and
     * the log densities part.
     */
    @Test
    void theCheckCatchesCellsNumberedInTheWrongOrder() {
        ModelProvider interaction = Providers.named("factors-interaction-centered");
        Simulation sim = interaction.simulate(RandomSource.SPLIT_MIX_64.create(1), SIZES, Map.of());
        FactorRows rows = FactorData.read(sim.data());
        int[] group = rows.group(), colour = rows.colour();
        int[] wrong = new int[group.length];
        for (int i = 0; i < wrong.length; i++) wrong[i] = colour[i] * G + group[i];
        ModelData misnumbered = ModelData.builder("misnumbered cells").put("group", wrong).scalar("G", G * C).put("colour", new int[wrong.length])
                .scalar("C", 1).put("X", rows.x(), rows.rows(), F).put("y", rows.y()).build();
        CompiledModel original = interaction.build(sim.data()).compile();
        CompiledModel flattened = interaction.build(misnumbered).compile();
        double lpOriginal = original.newEvaluator().logDensity(original.unconstrain(sim.truth()));
        double lpFlattened = flattened.newEvaluator().logDensity(flattened.unconstrain(sim.truth()));
        assertNotEquals(lpOriginal, lpFlattened, 1e-3 * Math.abs(lpOriginal));
    }

    @Test
    void additiveModelOnTheFlattenedFactorIsAnotherModel() {
        ModelProvider additive = Providers.named("factors-additive-centered");
        for (long seed = 1; seed <= POINTS; seed++) {
            Simulation sim = additive.simulate(RandomSource.SPLIT_MIX_64.create(seed), SIZES, Map.of());
            CompiledModel original = additive.build(sim.data()).compile();
            CompiledModel flattened = additive.build(flatten(sim.data())).compile();
            // 8b: G + C - 1 intercepts and (G + C - 1) F slopes; flattened: G C and G C F
            int hyper = 1 + 1 + F + 1 + 1 + 1 + 1, noise = G * C;
            assertEquals(hyper + (G + C - 1) * (1 + F) + noise, original.dimension(), "8b dimension");
            assertEquals(hyper + G * C * (1 + F) + noise, flattened.dimension(), "flattened 8b dimension");

            Map<String, double[]> mapped = cellPoint(sim.truth());
            double[] pointwiseOriginal = new double[original.pointwiseSize()], pointwiseFlattened = new double[flattened.pointwiseSize()];
            original.pointwiseLogLikelihood(original.unconstrain(sim.truth()), pointwiseOriginal);
            flattened.pointwiseLogLikelihood(flattened.unconstrain(mapped), pointwiseFlattened);
            assertArrayEquals(pointwiseOriginal, pointwiseFlattened, 1e-9, "seed " + seed + ": every row's likelihood is kept");
            double lpOriginal = original.newEvaluator().logDensity(original.unconstrain(sim.truth()));
            double lpFlattened = flattened.newEvaluator().logDensity(flattened.unconstrain(mapped));
            assertNotEquals(lpOriginal, lpFlattened, 1e-3 * Math.abs(lpOriginal), "seed " + seed + ": the priors differ");
        }
    }

    /** The same rows with group index g C + c among G C groups and the single colour 0. */
    static ModelData flatten(ModelData data) {
        FactorRows rows = FactorData.read(data);
        int colours = rows.colours().size();
        int[] group = rows.group(), colour = rows.colour();
        int[] cell = new int[group.length];
        for (int i = 0; i < cell.length; i++) cell[i] = group[i] * colours + colour[i];
        return ModelData.builder(data.source() + ", (group, colour) flattened").put("group", cell).scalar("G", rows.groups().size() * colours)
                .put("colour", new int[cell.length]).scalar("C", 1).put("X", rows.x(), rows.rows(), rows.numFeatures()).put("y", rows.y())
                .build();
    }

    /** A point of 8b as a point of the flattened model: each cell's effect is its group's plus its colour's. */
    private static Map<String, double[]> cellPoint(Map<String, double[]> additive) {
        Map<String, double[]> out = new LinkedHashMap<>(additive);
        double[] aGroup = additive.get("a_group"), aColour = additive.get("a_colour");
        double[] bGroup = additive.get("b_group"), bColour = additive.get("b_colour");
        double[] aCell = new double[G * C], bCell = new double[G * C * F];
        for (int g = 0; g < G; g++) {
            for (int c = 0; c < C; c++) {
                aCell[g * C + c] = aGroup[g] + aColour[c];
                for (int f = 0; f < F; f++) bCell[(g * C + c) * F + f] = bGroup[g * F + f] + bColour[f * C + c];
            }
        }
        out.put("a_group", aCell);
        out.put("b_group", bCell);
        // one colour: its zero-sum effects are identically 0
        out.put("a_colour", new double[1]);
        out.put("b_colour", new double[F]);
        return out;
    }

    private static List<Integer> shape(CompiledModel model, String name) {
        int[] shape = model.parameters().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().shape();
        return java.util.Arrays.stream(shape).boxed().toList();
    }
}
