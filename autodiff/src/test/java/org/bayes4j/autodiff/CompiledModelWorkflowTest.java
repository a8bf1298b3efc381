package org.bayes4j.autodiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.commons.rng.simple.RandomSource;
import org.bayes4j.autodiff.fixtures.Fixtures;
import org.bayes4j.autodiff.fixtures.TestModels;
import org.bayes4j.autodiff.fixtures.TestModels.FrogData;
import org.bayes4j.spi.density.LogDensity;
import org.bayes4j.spi.density.VariableInfo;
import org.bayes4j.spi.dist.Exponential;
import org.bayes4j.spi.dist.Normal;
import org.bayes4j.spi.model.CompiledModel;
import org.bayes4j.spi.model.Data;
import org.bayes4j.spi.model.Dim;
import org.bayes4j.spi.model.Model;
import org.bayes4j.spi.model.Profile;
import org.bayes4j.spi.model.Var;
import org.bayes4j.testkit.Property;
import org.bayes4j.testkit.Tolerance;
import org.junit.jupiter.api.Test;

/** The compiled model's workflow methods obey their laws (CompiledModel and SamplingTarget javadoc). */
class CompiledModelWorkflowTest {

    private static double[] theta(org.bayes4j.testkit.Gen g, int n) {
        double[] t = new double[n];
        for (int i = 0; i < n; i++) t[i] = g.normal();
        return t;
    }

    @Test void pointwiseLogLikelihoodSumsToTheLikelihoodPart() {
        Property.forAll("pointwise sums", 201, 30, g -> {
            FrogData data = FrogData.simulate(g.integer(1, 10), g.seed());
            CompiledModel full = Fixtures.compile(TestModels.reedFrogs(data, true));
            CompiledModel priorOnly = Fixtures.compile(TestModels.reedFrogs(data, false));
            double[] t = theta(g, full.dimension());
            assertEquals(data.density().length, full.pointwiseSize());
            double[] pointwise = new double[full.pointwiseSize()];
            full.pointwiseLogLikelihood(t, pointwise);
            double likelihood = full.newEvaluator().logDensity(t) - priorOnly.newEvaluator().logDensity(t);
            Tolerance.assertClose("sum of pointwise", Arrays.stream(pointwise).sum(), likelihood, 1e-10, 1e-10);
        });
    }

    @Test void pointwiseCountsVectorEventsOncePerEvent() {
        CompiledModel model = Fixtures.compile(TestModels.layouts(3, 4, 5, 1));
        // 5 categorical rows + 3 * 4 scalar normal observations
        assertEquals(5 + 12, model.pointwiseSize());
    }

    @Test void samplePriorIsReproducibleAndHasEveryVariable() {
        CompiledModel model = Fixtures.compile(TestModels.reedFrogs(FrogData.simulate(6, 2), true));
        Map<String, double[]> a = model.samplePrior(RandomSource.SPLIT_MIX_64.create(5));
        Map<String, double[]> b = model.samplePrior(RandomSource.SPLIT_MIX_64.create(5));
        Map<String, double[]> c = model.samplePrior(RandomSource.SPLIT_MIX_64.create(6));
        assertEquals(List.of("alpha_bar", "sigma", "alpha", "p_survived", "survived"), new ArrayList<>(a.keySet()));
        assertEquals(1, a.get("sigma").length);
        assertEquals(6, a.get("alpha").length);
        assertEquals(6, a.get("survived").length);
        for (String k : a.keySet()) assertArrayEquals(a.get(k), b.get(k), k);
        assertFalse(Arrays.equals(a.get("alpha"), c.get("alpha")));
        assertTrue(a.get("sigma")[0] > 0);
        int[] density = FrogData.simulate(6, 2).density();
        for (int i = 0; i < 6; i++) {
            double s = a.get("survived")[i];
            assertTrue(s >= 0 && s <= density[i] && s == Math.rint(s), "survived[" + i + "] = " + s);
            assertEquals(1 / (1 + Math.exp(-a.get("alpha")[i])), a.get("p_survived")[i], 1e-12);
        }
    }

    /** Prior draws follow the hierarchy: alpha's spread given sigma matches sigma (ancestral order is respected). */
    @Test void samplePriorDrawsChildrenFromTheirDrawnParents() {
        CompiledModel model = Fixtures.compile(TestModels.reedFrogs(FrogData.simulate(400, 2), false));
        Map<String, double[]> draw = model.samplePrior(RandomSource.SPLIT_MIX_64.create(11));
        double mean = Arrays.stream(draw.get("alpha")).average().orElseThrow();
        double sd = Math.sqrt(Arrays.stream(draw.get("alpha")).map(v -> (v - mean) * (v - mean)).sum() / 399);
        // 400 draws: the sample mean is within 5 standard errors of alpha_bar and the sd within 25% of sigma
        // (false-failure probability below 1e-5 for both).
        assertEquals(draw.get("alpha_bar")[0], mean, 5 * draw.get("sigma")[0] / 20);
        assertEquals(draw.get("sigma")[0], sd, 0.25 * draw.get("sigma")[0]);
    }

    @Test void posteriorPredictiveIsReproducibleAndShaped() {
        CompiledModel model = Fixtures.compile(TestModels.layouts(3, 4, 7, 3));
        double[] t = theta(org.bayes4j.testkit.Gen.seeded(3), model.dimension());
        Map<String, double[]> a = model.samplePosteriorPredictive(RandomSource.SPLIT_MIX_64.create(9), t);
        Map<String, double[]> b = model.samplePosteriorPredictive(RandomSource.SPLIT_MIX_64.create(9), t);
        assertEquals(List.of("y_obs", "matrix_obs"), new ArrayList<>(a.keySet()));
        assertEquals(7, a.get("y_obs").length);
        assertEquals(12, a.get("matrix_obs").length);
        for (String k : a.keySet()) assertArrayEquals(a.get(k), b.get(k), k);
        for (double y : a.get("y_obs")) assertTrue(y >= 0 && y < 4 && y == Math.rint(y));
    }

    @Test void setDataChangesTheDensityAsRecompilingWould() {
        Property.forAll("setData", 202, 20, g -> {
            FrogData before = FrogData.simulate(5, g.seed()), after = FrogData.simulate(5, g.seed() + 1);
            int[] surv = new int[5];
            for (int i = 0; i < 5; i++) surv[i] = Math.min(after.surv()[i], before.density()[i]);
            CompiledModel model = Fixtures.compile(TestModels.reedFrogs(before, true));
            LogDensity evaluatorMadeBefore = model.newEvaluator();
            double[] t = theta(g, model.dimension());
            evaluatorMadeBefore.logDensity(t);
            model.setData("surv", Arrays.stream(surv).asDoubleStream().toArray());
            double expected = Fixtures.compile(TestModels.reedFrogs(new FrogData(before.density(), surv), true)).newEvaluator().logDensity(t);
            Tolerance.assertClose("after setData", evaluatorMadeBefore.logDensity(t), expected, 1e-12, 1e-12);
            Tolerance.assertClose("new evaluator after setData", model.newEvaluator().logDensity(t), expected, 1e-12, 1e-12);
        });
    }

    @Test void setDataRejectsValuesThatBreakTheModel() {
        CompiledModel model = Fixtures.compile(TestModels.reedFrogs(FrogData.simulate(4, 1), true));
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> model.setData("surv", new double[] {1, 2, 3, -1}));
        assertTrue(negative.getMessage().contains("survived: observed 'surv'[3] is -1, but must be nonnegative_integer"), negative.getMessage());
        IllegalArgumentException length = assertThrows(IllegalArgumentException.class, () -> model.setData("surv", new double[3]));
        assertTrue(length.getMessage().contains("needs 4 values, got 3"), length.getMessage());
        IllegalArgumentException fraction = assertThrows(IllegalArgumentException.class,
                () -> model.setData("density", new double[] {10, 10.5, 10, 10}));
        assertTrue(fraction.getMessage().contains("data 'density'[1] is 10.5, but must be an integer"), fraction.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> model.setData("nope", new double[1]));
        assertTrue(unknown.getMessage().contains("no data 'nope'"), unknown.getMessage());
        IllegalArgumentException trials = assertThrows(IllegalArgumentException.class,
                () -> model.setData("density", new double[] {-10, 10, 10, 10}));
        assertTrue(trials.getMessage().contains("survived") && trials.getMessage().contains("n[0] is -10.0"), trials.getMessage());
    }

    private static Model indexed(int[] groupOf) {
        return Model.build("indexed", m -> {
            Dim group = m.dim("group", 3), row = m.dim("row", groupOf.length);
            Data g = m.index("g", groupOf, group, row);
            Data y = m.data("y", new double[] {0.5, -0.2, 1.0, 0.1}, row);
            Var a = m.param("a", Normal.of(0, 1), group);
            m.observe("y_obs", Normal.of(a.at(g), 1), y);
        });
    }

    @Test void setDataRevalidatesAndReusesIndexData() {
        CompiledModel model = Fixtures.compile(indexed(new int[] {0, 1, 2, 0}));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> model.setData("g", new double[] {0, 3, 1, 1}));
        assertTrue(e.getMessage().contains("index 'g'[1] is 3") && e.getMessage().contains("valid 0..2"), e.getMessage());
        double[] t = {0.3, -1.2, 0.7};
        LogDensity before = model.newEvaluator();
        model.setData("g", new double[] {2, 2, 1, 0});
        double expected = Fixtures.compile(indexed(new int[] {2, 2, 1, 0})).newEvaluator().logDensity(t);
        assertEquals(expected, before.logDensity(t), 1e-12);
    }

    @Test void unconstrainInvertsConstrainedValues() {
        Property.forAll("unconstrain . constrain", 203, 30, g -> {
            CompiledModel model = Fixtures.compile(TestModels.layouts(g.integer(1, 3), g.integer(2, 3), 4, g.seed()));
            double[] t = theta(g, model.dimension());
            double[] back = model.unconstrain(model.constrainedValues(t));
            Tolerance.assertClose("theta", back, t, 1e-12, 1e-12);
        });
    }

    @Test void unconstrainNamesTheVariableIndexAndSupport() {
        CompiledModel model = Fixtures.compile(TestModels.reedFrogs(FrogData.simulate(3, 1), true));
        Map<String, double[]> values = new HashMap<>(model.constrainedValues(new double[model.dimension()]));
        values.put("sigma", new double[] {-1});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> model.unconstrain(values));
        assertTrue(e.getMessage().contains("sigma is -1, but must be positive"), e.getMessage());
        values.put("sigma", new double[] {1});
        values.put("alpha", new double[] {0, Double.NaN, 0});
        e = assertThrows(IllegalArgumentException.class, () -> model.unconstrain(values));
        assertTrue(e.getMessage().contains("alpha[1] is NaN, but must be real"), e.getMessage());
        values.remove("alpha");
        e = assertThrows(IllegalArgumentException.class, () -> model.unconstrain(values));
        assertTrue(e.getMessage().contains("no value for 'alpha'"), e.getMessage());
    }

    private static Model iris() {
        return Model.build("iris", m -> {
            Dim feature = m.dim("feature", List.of("petal_length", "petal_width"));
            Dim species = m.dim("species", List.of("setosa", "versicolor", "virginica"));
            Var beta = m.param("beta", Normal.of(0, 1), feature, species);
            Var sigma = m.param("sigma", Exponential.of(1));
            m.deterministic("scaled", beta.mul(sigma));
        });
    }

    @Test void outputNamesUseCoordinates() {
        CompiledModel model = Fixtures.compile(iris());
        List<String> names = model.outputNames();
        assertEquals(6 + 1 + 6, names.size());
        assertEquals("beta[petal_length, setosa]", names.get(0));
        assertTrue(names.contains("beta[petal_length, virginica]"));
        assertEquals("sigma", names.get(6));
        assertEquals("scaled[petal_width, virginica]", names.get(12));
        List<VariableInfo> vars = model.outputVariables();
        assertEquals(VariableInfo.Kind.PARAMETER, vars.get(0).kind());
        assertEquals(List.of("feature", "species"), vars.get(0).dimNames());
        assertEquals(VariableInfo.Kind.DETERMINISTIC, vars.get(2).kind());
        assertEquals(2, model.parameters().size());
    }

    @Test void writeOutputMatchesConstrainedValuesFromConcurrentChains() throws Exception {
        CompiledModel model = Fixtures.compile(iris());
        int chains = 4, draws = 200;
        double[][][] thetas = new double[chains][draws][];
        org.bayes4j.testkit.Gen g = org.bayes4j.testkit.Gen.seeded(4);
        for (int c = 0; c < chains; c++) for (int d = 0; d < draws; d++) thetas[c][d] = theta(g, model.dimension());
        ExecutorService pool = Executors.newFixedThreadPool(chains);
        try {
            List<Future<double[][]>> results = new ArrayList<>();
            for (int c = 0; c < chains; c++) {
                int chain = c;
                results.add(pool.submit(() -> {
                    LogDensity own = model.newEvaluator();
                    double[][] out = new double[draws][model.outputNames().size()];
                    double[] grad = new double[model.dimension()];
                    for (int d = 0; d < draws; d++) {
                        own.logDensityGradient(thetas[chain][d], grad);
                        model.writeOutput(own, thetas[chain][d], out[d]);
                    }
                    return out;
                }));
            }
            for (int c = 0; c < chains; c++) {
                double[][] out = results.get(c).get();
                for (int d = 0; d < draws; d++) {
                    Map<String, double[]> v = model.constrainedValues(thetas[c][d]);
                    double[] expected = new double[13];
                    System.arraycopy(v.get("beta"), 0, expected, 0, 6);
                    expected[6] = v.get("sigma")[0];
                    System.arraycopy(v.get("scaled"), 0, expected, 7, 6);
                    assertArrayEquals(expected, out[d], 0.0);
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test void profileCoversEveryNodeWithSharesSummingToOne() {
        CompiledModel model = Fixtures.compile(TestModels.layouts(3, 3, 10, 2));
        Profile p = model.profile(new double[model.dimension()], 50);
        assertEquals(50, p.evaluations());
        assertTrue(p.entries().stream().anyMatch(e -> e.kind().equals("likelihood") && e.label().equals("y_obs ~ categorical_logit")));
        assertTrue(p.entries().stream().anyMatch(e -> e.kind().equals("bijector") && e.label().startsWith("tau")));
        assertTrue(p.entries().stream().anyMatch(e -> e.kind().equals("op") && e.label().startsWith("matmul")));
        assertTrue(p.entries().stream().anyMatch(e -> e.kind().equals("potential")));
        assertEquals(1.0, p.entries().stream().mapToDouble(Profile.Entry::share).sum(), 1e-9);
    }

    /**
     * Constant subgraphs are folded (computed once, not swept) and ops that only feed
     * deterministics are left out of the density sweeps, yet both still have their values.
     */
    @Test void constantAndOutputOnlyOpsStayOutOfTheSweep() {
        Model model = Model.build("folding", m -> {
            Dim row = m.dim("row", 3);
            Data x = m.data("x", new double[] {1, 2, 3}, row);
            Data y = m.data("y", new double[] {0.5, 1.5, 2.0}, row);
            Var b = m.param("b", Normal.of(0, 1));
            m.observe("y_obs", Normal.of(x.log().mul(2.0).mul(b), 1), y);
            m.deterministic("b_squared", b.square());
        });
        CompiledModel compiled = Fixtures.compile(model);
        Profile p = compiled.profile(new double[] {0.7}, 5);
        List<String> ops = p.entries().stream().filter(e -> e.kind().equals("op")).map(Profile.Entry::label).toList();
        assertEquals(1, ops.size(), "only mul(constant, b) is swept: " + ops);
        assertEquals(0.49, compiled.constrainedValues(new double[] {0.7}).get("b_squared")[0], 1e-12);
        double expected = -0.5 * 0.7 * 0.7 - 0.5 * Math.log(2 * Math.PI);
        double[] mean = {0, 2 * Math.log(2) * 0.7, 2 * Math.log(3) * 0.7};
        double[] obs = {0.5, 1.5, 2.0};
        for (int i = 0; i < 3; i++) expected += -0.5 * (obs[i] - mean[i]) * (obs[i] - mean[i]) - 0.5 * Math.log(2 * Math.PI);
        assertEquals(expected, compiled.newEvaluator().logDensity(new double[] {0.7}), 1e-12);
    }

    /** NaN inside the graph (log of a negative number) rejects the point: -inf and a zero gradient, never NaN. */
    @Test void nanDensityIsRejectedAsMinusInfinity() {
        Model model = Model.build("nan", m -> {
            Var x = m.param("x", Normal.of(0, 1));
            m.potential("log_x", x.log());
        });
        LogDensity density = Fixtures.compile(model).newEvaluator();
        double[] grad = {42};
        assertEquals(Double.NEGATIVE_INFINITY, density.logDensityGradient(new double[] {-1}, grad));
        assertEquals(0.0, grad[0]);
        assertEquals(Double.NEGATIVE_INFINITY, density.logDensity(new double[] {-1}));
        assertTrue(Double.isFinite(density.logDensityGradient(new double[] {2}, grad)));
        assertEquals(-2 + 0.5, grad[0], 1e-12);
    }
}
