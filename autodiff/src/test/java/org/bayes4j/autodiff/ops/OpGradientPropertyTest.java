package org.bayes4j.autodiff.ops;

import java.util.Arrays;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

import org.bayes4j.autodiff.ops.OpHarness.Input;
import org.bayes4j.spi.model.Data;
import org.bayes4j.spi.model.Dim;
import org.bayes4j.spi.model.Expr;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.Property;
import org.junit.jupiter.api.Test;

/**
 * Every op's reverse rule matches finite differences of its forward rule, and
 * its forward rule matches the naive reference, over random shapes and values
 * (see {@link OpHarness}).
 */
class OpGradientPropertyTest {

    private static final int CASES = 40;

    /** A random operand shape that broadcasts to {@code full}: itself, with axes set to 1, a suffix, or a scalar. */
    private static int[] broadcastable(Gen g, int[] full) {
        switch (g.integer(0, 3)) {
            case 0: return full.clone();
            case 1: {
                int[] s = full.clone();
                for (int a = 0; a < s.length; a++) if (g.bool()) s[a] = 1;
                return s;
            }
            case 2: return Arrays.copyOfRange(full, g.integer(0, full.length), full.length);
            default: return new int[0];
        }
    }

    private static void binary(String name, boolean positiveA, boolean positiveB,
                               java.util.function.BinaryOperator<Expr> op, DoubleBinaryOperator f) {
        Property.forAll(name, name.hashCode(), CASES, g -> {
            int[] full = g.shapeOfRank(g.integer(1, 3), 3);
            int[] sa = broadcastable(g, full), sb = broadcastable(g, full);
            OpHarness.check(g, name, new Input[] {new Input(sa, positiveA), new Input(sb, positiveB)},
                    (m, x) -> op.apply(x[0], x[1]), x -> Naive.binary(x[0], sa, x[1], sb, f));
        });
    }

    @Test void addBroadcasts() { binary("add", false, false, Expr::add, Double::sum); }
    @Test void subBroadcasts() { binary("sub", false, false, Expr::sub, (a, b) -> a - b); }
    @Test void mulBroadcasts() { binary("mul", false, false, Expr::mul, (a, b) -> a * b); }
    @Test void divBroadcasts() { binary("div", false, true, Expr::div, (a, b) -> a / b); }
    @Test void powBroadcasts() { binary("pow", true, false, Expr::pow, Math::pow); }

    /** A scalar times a tensor, in either order and with the tensor a parameter or constant data (the broadcast-scalar loops of mul). */
    @Test void mulByABroadcastScalar() {
        Property.forAll("scalar * tensor", 17, CASES, g -> {
            int[] full = g.shapeOfRank(g.integer(1, 2), 6);
            int[] scalar = g.bool() ? new int[0] : new int[] {1};
            boolean scalarFirst = g.bool();
            int[] sa = scalarFirst ? scalar : full, sb = scalarFirst ? full : scalar;
            OpHarness.check(g, "mul(scalar)", new Input[] {Input.real(sa), Input.real(sb)}, (m, x) -> x[0].mul(x[1]),
                    x -> Naive.binary(x[0], sa, x[1], sb, (a, b) -> a * b));
            double[] data = g.normals(Naive.size(full));
            OpHarness.check(g, "data * scalar", new Input[] {Input.real(scalar)},
                    (m, x) -> m.constant(data, OpHarness.anonymous(full)).mul(x[0]),
                    x -> Naive.binary(data, full, x[0], scalar, (a, b) -> a * b));
        });
    }

    @Test void groupColumnAgainstGroupByCategory() {
        Property.forAll("(G,1) vs (G,C)", 11, CASES, g -> {
            int groups = g.integer(1, 4), cats = g.integer(2, 4);
            int[] sa = {groups, 1}, sb = {groups, cats};
            OpHarness.check(g, "(G,1)*(G,C)", new Input[] {Input.real(sa), Input.real(sb)},
                    (m, x) -> x[0].mul(x[1]), x -> Naive.binary(x[0], sa, x[1], sb, (a, b) -> a * b));
        });
    }

    @Test void sameVariableOnBothSides() {
        Property.forAll("x * x + x", 12, CASES, g -> {
            int[] s = g.shapeOfRank(g.integer(0, 2), 4);
            OpHarness.check(g, "x*x+x", new Input[] {Input.real(s)}, (m, x) -> x[0].mul(x[0]).add(x[0]),
                    x -> Naive.unary(x[0], v -> v * v + v));
        });
    }

    private static void unary(String name, boolean positive, java.util.function.UnaryOperator<Expr> op, DoubleUnaryOperator f) {
        Property.forAll(name, name.hashCode(), CASES, g -> {
            int[] s = g.shape(3, 4);
            OpHarness.check(g, name, new Input[] {new Input(s, positive)}, (m, x) -> op.apply(x[0]), x -> Naive.unary(x[0], f));
        });
    }

    @Test void neg() { unary("neg", false, Expr::neg, v -> -v); }
    @Test void exp() { unary("exp", false, Expr::exp, Math::exp); }
    @Test void log() { unary("log", true, Expr::log, Math::log); }
    @Test void log1p() { unary("log1p", true, Expr::log1p, Math::log1p); }
    @Test void invLogit() { unary("invLogit", false, Expr::invLogit, v -> 1 / (1 + Math.exp(-v))); }
    @Test void logInvLogit() { unary("logInvLogit", false, Expr::logInvLogit, v -> -Math.log(1 + Math.exp(-v))); }
    @Test void square() { unary("square", false, Expr::square, v -> v * v); }
    @Test void sqrt() { unary("sqrt", true, Expr::sqrt, Math::sqrt); }
    @Test void tanh() { unary("tanh", false, Expr::tanh, Math::tanh); }

    @Test void sumOfAllElements() {
        Property.forAll("sum", 21, CASES, g -> {
            int[] s = g.shape(3, 4);
            OpHarness.check(g, "sum", new Input[] {Input.real(s)}, (m, x) -> x[0].sum(), x -> new double[] {Naive.sum(x[0])});
        });
    }

    @Test void logSumExpOfAllElements() {
        Property.forAll("logSumExp", 22, CASES, g -> {
            int[] s = g.shape(3, 4);
            OpHarness.check(g, "logSumExp", new Input[] {Input.real(s)}, (m, x) -> x[0].logSumExp(),
                    x -> new double[] {Naive.logSumExp(x[0])});
        });
    }

    /** Runs an axis-wise op over every axis of random rank-1..3 shapes. */
    private static void overEachAxis(String name, long seed, AxisCase c) {
        Property.forAll(name, seed, CASES, g -> {
            int[] s = g.shapeOfRank(g.integer(1, 3), 4);
            for (int axis = 0; axis < s.length; axis++) c.check(g, s, axis);
        });
    }

    interface AxisCase { void check(Gen g, int[] shape, int axis); }

    @Test void sumOverEachAxis() {
        overEachAxis("sum(axis)", 23, (g, s, axis) -> OpHarness.check(g, "sum(" + axis + ")", new Input[] {Input.real(s)},
                (m, x) -> x[0].sum(axis), x -> Naive.reduce(x[0], s, axis, Naive::sum)));
    }

    @Test void logSumExpOverEachAxis() {
        overEachAxis("logSumExp(axis)", 24, (g, s, axis) -> OpHarness.check(g, "logSumExp(" + axis + ")", new Input[] {Input.real(s)},
                (m, x) -> x[0].logSumExp(axis), x -> Naive.reduce(x[0], s, axis, Naive::logSumExp)));
    }

    @Test void softmaxOverEachAxis() {
        overEachAxis("softmax(axis)", 25, (g, s, axis) -> OpHarness.check(g, "softmax(" + axis + ")", new Input[] {Input.real(s)},
                (m, x) -> x[0].softmax(axis), x -> Naive.normalise(x[0], s, axis, false)));
    }

    @Test void logSoftmaxOverEachAxis() {
        overEachAxis("logSoftmax(axis)", 26, (g, s, axis) -> OpHarness.check(g, "logSoftmax(" + axis + ")", new Input[] {Input.real(s)},
                (m, x) -> x[0].logSoftmax(axis), x -> Naive.normalise(x[0], s, axis, true)));
    }

    @Test void gatherWithRepeatedIndices() {
        Property.forAll("gather", 31, CASES, g -> {
            int[] s = g.shapeOfRank(g.integer(1, 3), 3);
            int k = g.integer(1, s.length);
            int[] indexShape = g.shapeOfRank(g.integer(1, 2), 5);
            int positions = Naive.size(indexShape);
            int[][] idx = new int[k][positions];
            for (int j = 0; j < k; j++) for (int p = 0; p < positions; p++) idx[j][p] = g.integer(0, s[j] - 1);
            int block = 1;
            for (int a = k; a < s.length; a++) block *= s[a];
            int blockSize = block;
            OpHarness.check(g, "gather(k=" + k + ")", new Input[] {Input.real(s)}, (m, x) -> {
                Data[] data = new Data[k];
                for (int j = 0; j < k; j++) data[j] = m.data("idx" + j, idx[j], OpHarness.anonymous(indexShape));
                return x[0].at(data);
            }, x -> {
                double[] out = new double[positions * blockSize];
                for (int p = 0; p < positions; p++) {
                    int[] full = new int[s.length];
                    for (int j = 0; j < k; j++) full[j] = idx[j][p];
                    int start = Naive.ravel(full, s);
                    System.arraycopy(x[0], start, out, p * blockSize, blockSize);
                }
                return out;
            });
        });
    }

    /** A vector indexed by one index array with repeats (a group effect per observation): gather's 1-D loops. */
    @Test void gatherOfAVectorByOneIndexArray() {
        Property.forAll("gather(vector)", 33, CASES, g -> {
            int size = g.integer(1, 6), positions = g.integer(1, 30);
            int[] idx = new int[positions];
            for (int p = 0; p < positions; p++) idx[p] = g.integer(0, size - 1);
            OpHarness.check(g, "gather(vector)", new Input[] {Input.real(size)},
                    (m, x) -> x[0].at(m.data("idx", idx, OpHarness.anonymous(new int[] {positions}))), x -> {
                        double[] out = new double[positions];
                        for (int p = 0; p < positions; p++) out[p] = x[0][idx[p]];
                        return out;
                    });
        });
    }

    @Test void matmulOfMatricesAndVectors() {
        Property.forAll("matmul", 41, CASES, g -> {
            int n = g.integer(1, 4), k = g.integer(1, 4), m = g.integer(1, 4);
            int[][][] cases = {{{n, k}, {k, m}}, {{n, k}, {k}}, {{k}, {k, m}}, {{k}, {k}}};
            for (int[][] c : cases) {
                int[] sa = c[0], sb = c[1];
                OpHarness.check(g, "matmul", new Input[] {Input.real(sa), Input.real(sb)}, (mb, x) -> x[0].matmul(x[1]),
                        x -> Naive.matmul(x[0], sa, x[1], sb));
            }
        });
    }

    @Test void matvecWithBroadcastBatches() {
        Property.forAll("matvec", 43, CASES, g -> {
            int n = g.integer(1, 3), m = g.integer(1, 3), batch = g.integer(1, 4);
            int[][][] cases = {
                    {{n, m}, {m}},                  // one matrix, one vector
                    {{n, m}, {batch, m}},           // one factor shared by every group: u_g = L z_g
                    {{batch, n, m}, {batch, m}},    // a factor per batch member
                    {{batch, n, m}, {2, batch, m}}, // batched factors applied to clusters x batch
                    {{batch, n, m}, {m}}};
            for (int[][] c : cases) {
                int[] sa = c[0], sx = c[1];
                OpHarness.check(g, "matvec", new Input[] {Input.real(sa), Input.real(sx)}, (mb, x) -> x[0].matvec(x[1]),
                        x -> Naive.matvec(x[0], sa, x[1], sx));
            }
        });
    }

    @Test void transposeOfMatricesAndBatches() {
        Property.forAll("transpose", 44, CASES, g -> {
            int[] shape = g.shapeOfRank(g.integer(2, 3), 3);
            OpHarness.check(g, "transpose", new Input[] {Input.real(shape)}, (mb, x) -> x[0].transpose(),
                    x -> Naive.transpose(x[0], shape));
        });
    }

    @Test void matmulWithConstantMatrix() {
        Property.forAll("matmul constant", 42, CASES, g -> {
            int n = g.integer(1, 5), k = g.integer(1, 4);
            double[] design = g.normals(n * k);
            OpHarness.check(g, "X matmul beta", new Input[] {Input.real(k)},
                    (m, x) -> m.constant(design, Dim.anonymous(n), Dim.anonymous(k)).matmul(x[0]),
                    x -> Naive.matmul(design, new int[] {n, k}, x[0], new int[] {k}));
        });
    }

    @Test void whereChoosesAndBroadcasts() {
        Property.forAll("where", 51, CASES, g -> {
            int[] full = g.shapeOfRank(g.integer(1, 3), 3);
            int[] sc = broadcastable(g, full), sa = broadcastable(g, full), sb = broadcastable(g, full);
            sc = sc.length == 0 ? new int[] {1} : sc;
            int[] cShape = sc;
            int[] cond = new int[Naive.size(cShape)];
            for (int i = 0; i < cond.length; i++) cond[i] = g.integer(0, 1);
            int[] so = Naive.broadcastShape(cShape, sa, sb);
            double[] cv = Arrays.stream(cond).asDoubleStream().toArray();
            OpHarness.check(g, "where", new Input[] {Input.real(sa), Input.real(sb)},
                    (m, x) -> x[0].where(m.data("cond", cond, OpHarness.anonymous(cShape)), x[1]),
                    x -> {
                        double[] out = new double[Naive.size(so)];
                        for (int i = 0; i < out.length; i++) {
                            int[] idx = Naive.unravel(i, so);
                            out[i] = Naive.read(cv, cShape, idx) != 0 ? Naive.read(x[0], sa, idx) : Naive.read(x[1], sb, idx);
                        }
                        return out;
                    });
        });
    }

    @Test void concatAlongEachAxisWithConstantParts() {
        Property.forAll("concat", 61, CASES, g -> {
            int rank = g.integer(1, 3);
            int axis = g.integer(0, rank - 1);
            int[] base = g.shapeOfRank(rank, 3);
            int parts = g.integer(1, 3);
            int[][] shapes = new int[parts + 1][];
            for (int p = 0; p <= parts; p++) {
                shapes[p] = base.clone();
                shapes[p][axis] = g.integer(1, 3);
            }
            double[] constantPart = g.normals(Naive.size(shapes[parts]));
            Input[] inputs = new Input[parts];
            for (int p = 0; p < parts; p++) inputs[p] = Input.real(shapes[p]);
            OpHarness.check(g, "concat(axis " + axis + ")", inputs, (m, x) -> {
                Object[] all = new Object[parts + 1];
                System.arraycopy(x, 0, all, 0, parts);
                all[parts] = m.constant(constantPart, OpHarness.anonymous(shapes[parts]));
                return Expr.concat(axis, all);
            }, x -> {
                double[][] all = Arrays.copyOf(x, parts + 1);
                all[parts] = constantPart;
                int outer = 1, inner = 1;
                for (int a = 0; a < axis; a++) outer *= base[a];
                for (int a = axis + 1; a < rank; a++) inner *= base[a];
                int total = 0;
                for (int[] s : shapes) total += s[axis];
                double[] out = new double[outer * total * inner];
                int k = 0;
                for (int o = 0; o < outer; o++) {
                    for (int p = 0; p <= parts; p++) {
                        int len = shapes[p][axis] * inner;
                        System.arraycopy(all[p], o * len, out, k, len);
                        k += len;
                    }
                }
                return out;
            });
        });
    }

    @Test void reshapeKeepsRowMajorOrder() {
        Property.forAll("reshape", 71, CASES, g -> {
            int a = g.integer(1, 4), b = g.integer(1, 4);
            OpHarness.check(g, "reshape", new Input[] {Input.real(a, b)},
                    (m, x) -> x[0].reshape(Dim.anonymous(b), Dim.anonymous(a)).mul(x[0].reshape(Dim.anonymous(b), Dim.anonymous(a))),
                    x -> Naive.unary(x[0], v -> v * v));
        });
    }

    @Test void broadcastToSumsAdjointsBack() {
        Property.forAll("broadcastTo", 72, CASES, g -> {
            int[] full = g.shapeOfRank(g.integer(1, 3), 3);
            int[] s = broadcastable(g, full);
            OpHarness.check(g, "broadcastTo", new Input[] {Input.real(s)},
                    (m, x) -> x[0].broadcastTo(OpHarness.anonymous(full)),
                    x -> Naive.binary(x[0], s, new double[Naive.size(full)], full, (u, v) -> u));
        });
    }
}
