package org.bayes4j.autodiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.bayes4j.autodiff.compile.GraphCompiler;
import org.bayes4j.autodiff.compile.Program;
import org.bayes4j.autodiff.eval.GraphModel;
import org.bayes4j.autodiff.fixtures.Fixtures;
import org.bayes4j.autodiff.fixtures.TestBijectors;
import org.bayes4j.autodiff.ops.FusedOp;
import org.bayes4j.spi.density.LogDensity;
import org.bayes4j.spi.dist.Normal;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.model.Data;
import org.bayes4j.spi.model.Dim;
import org.bayes4j.spi.model.Expr;
import org.bayes4j.spi.model.Model;
import org.bayes4j.spi.model.Var;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.GradientCheck;
import org.bayes4j.testkit.Property;
import org.junit.jupiter.api.Test;

/**
 * The compiler's op fusion changes how a model is computed, never what: the
 * varying-slopes predictor {@code a[g] + b[g] * x} compiles to one fused kernel,
 * and the fused program's log density and gradient equal the unfused program's
 * bit for bit (and finite differences), over random sizes, operand orders and a
 * covariate that is data or a parameter. Fusion must not apply when an
 * intermediate value is needed elsewhere (here recorded as a deterministic): the
 * test checks the plan, so a pass that fused regardless, or never, fails.
 */
class OpFusionTest {

    private static Map<String, DistributionFamily> families() {
        Map<String, DistributionFamily> byName = new LinkedHashMap<>();
        for (DistributionFamily f : Fixtures.families()) byName.put(f.name(), f);
        return byName;
    }

    private static Program compile(Model model, boolean fuse) {
        return new GraphCompiler(model, families(), TestBijectors.registry(), fuse).compile();
    }

    private static long fusedOps(Program p) {
        return Arrays.stream(p.variableOps()).filter(o -> o.fused() == FusedOp.GATHERED_AFFINE).count();
    }

    /**
     * {@code y[r, c] ~ Normal(a[g[r], c] + b[g[r], c] x[r], 1)}, the sum and product written in the
     * order the flags say; {@code x} is data or a parameter; {@code recordIntercepts} also records
     * {@code a[g]} as a deterministic.
     */
    private static Model varyingSlopes(Gen g, int groups, int rows, int cats, boolean sumGatherFirst, boolean productGatherFirst,
                                       boolean xIsParameter, boolean recordIntercepts) {
        int[] groupOf = new int[rows];
        for (int r = 0; r < rows; r++) groupOf[r] = g.integer(0, groups - 1);
        double[] xs = g.normals(rows), ys = g.normals(rows * cats);
        return Model.build("varying-slopes", m -> {
            Dim group = m.dim("group", groups);
            Dim row = m.dim("row", rows);
            Dim cat = m.dim("cat", cats);
            Dim one = Dim.anonymous(1);
            Data index = m.index("g", groupOf, group, row);
            Data y = m.data("y", ys, row, cat);
            Expr x = xIsParameter ? m.param("x", Normal.of(0, 1), row, one) : m.data("x", xs, row).reshape(row, one);
            Var a = m.param("a", Normal.of(0, 1), group, cat);
            Var b = m.param("b", Normal.of(0, 1), group, cat);
            Expr intercepts = a.at(index);
            Expr slopes = b.at(index);
            Expr product = productGatherFirst ? slopes.mul(x) : x.mul(slopes);
            Expr eta = sumGatherFirst ? intercepts.add(product) : product.add(intercepts);
            if (recordIntercepts) m.deterministic("intercepts", intercepts);
            m.observe("y_obs", Normal.of(eta, 1), y);
        });
    }

    private static double[] theta(Gen g, int n) {
        double[] t = new double[n];
        for (int i = 0; i < n; i++) t[i] = g.normal();
        return t;
    }

    @Test void fusedAndUnfusedProgramsGiveTheSameDensityAndGradient() {
        Property.forAll("fused = unfused", 0xF05E, 60, g -> {
            int groups = g.integer(1, 5), rows = g.integer(1, 25), cats = g.integer(1, 4);
            boolean sumFirst = g.bool(), productFirst = g.bool(), xParameter = g.bool();
            long seed = g.seed();
            Program fused = compile(varyingSlopes(Gen.seeded(seed), groups, rows, cats, sumFirst, productFirst, xParameter, false), true);
            Program plain = compile(varyingSlopes(Gen.seeded(seed), groups, rows, cats, sumFirst, productFirst, xParameter, false), false);
            assertEquals(1, fusedOps(fused), "the predictor compiles to one fused op");
            assertEquals(0, fusedOps(plain), "no fusion when it is off");
            assertEquals(plain.variableOps().length - 3, fused.variableOps().length, "two gathers and the product are dropped");
            LogDensity f = new GraphModel(fused).newEvaluator(), p = new GraphModel(plain).newEvaluator();
            double[] t = theta(g, f.dimension()), gf = new double[t.length], gp = new double[t.length];
            double lf = f.logDensityGradient(t, gf), lp = p.logDensityGradient(t, gp);
            assertEquals(lp, lf, 0.0, "log density");
            assertArrayEquals(gp, gf, "gradient");
            GradientCheck.assertGradient("fused varying slopes", f::logDensity, t, gf);
        });
    }

    @Test void anIntermediateNeededElsewhereIsNotFusedAway() {
        Gen g = Gen.seeded(3);
        Program fused = compile(varyingSlopes(Gen.seeded(11), 3, 12, 2, true, true, false, true), true);
        Program plain = compile(varyingSlopes(Gen.seeded(11), 3, 12, 2, true, true, false, true), false);
        assertEquals(0, fusedOps(fused), "a[g] is a deterministic, so the gather must stay");
        LogDensity f = new GraphModel(fused).newEvaluator(), p = new GraphModel(plain).newEvaluator();
        double[] t = theta(g, f.dimension()), gf = new double[t.length], gp = new double[t.length];
        assertEquals(p.logDensityGradient(t, gp), f.logDensityGradient(t, gf), 0.0);
        assertArrayEquals(gp, gf);
        assertTrue(Arrays.stream(fused.labels()).noneMatch(l -> l.startsWith("gathered_affine")), "no fused label");
    }
}
