package org.bayes4j.autodiff.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.Property;
import org.junit.jupiter.api.Test;

/**
 * {@link GatheredAffine} computes exactly what the four ops it replaces compute,
 * {@code add(gather(a, i), mul(gather(b, i), x))} (each kernel with its own output
 * and adjoint buffers, swept forward and then in reverse), bit for bit: the output
 * and the adjoints of {@code a}, {@code b} and {@code x}, which start from random
 * values so that accumulation is checked too. Over random leading and trailing
 * shapes, indices with repeats, every way {@code x} can broadcast, either operand
 * order of both ops, and constant inputs. The same comparison rejects a fused
 * kernel that reads the wrong rows.
 */
class GatheredAffineMatchesUnfusedOpsTest {

    private static final int CASES = 300;

    /** Inputs of one case: {@code a}, {@code b} of shape {@code (groups, trailing...)}, positions, {@code x}'s shape. */
    private record Case(int groups, int[] trailing, double[] index, int[] xShape, boolean constantA, boolean constantB,
                        boolean constantX, boolean addGatherFirst, boolean mulGatherFirst) {

        int block() {
            int n = 1;
            for (int t : trailing) n *= t;
            return n;
        }

        int[] tensorShape() { return prepend(groups, trailing); }

        int[] outShape() { return prepend(index.length, trailing); }

        private static int[] prepend(int lead, int[] rest) {
            int[] s = new int[rest.length + 1];
            s[0] = lead;
            System.arraycopy(rest, 0, s, 1, rest.length);
            return s;
        }
    }

    /** The output and the three input adjoints after a forward and a reverse sweep. */
    private record Result(double[] out, double[] aAdj, double[] bAdj, double[] xAdj) {}

    private static Case randomCase(Gen g) {
        int groups = g.integer(1, 6);
        int[] trailing = g.bool() ? new int[] {g.integer(1, 7)} : new int[] {g.integer(1, 3), g.integer(1, 4)};
        int positions = g.integer(1, 30);
        double[] index = new double[positions];
        for (int p = 0; p < positions; p++) index[p] = g.integer(0, groups - 1);
        int[] out = new Case(groups, trailing, index, null, false, false, false, false, false).outShape();
        // x: one value per position (the usual covariate), the full shape, the trailing shape, a scalar, or size-1 axes
        int[] xShape = switch (g.integer(0, 4)) {
            case 0 -> trailing.length == 1 ? new int[] {positions, 1} : new int[] {positions, 1, 1};
            case 1 -> out.clone();
            case 2 -> trailing.clone();
            case 3 -> new int[] {1};
            default -> {
                int[] s = out.clone();
                for (int a = 0; a < s.length; a++) if (g.bool()) s[a] = 1;
                yield s;
            }
        };
        return new Case(groups, trailing, index, xShape, g.integer(0, 3) == 0, g.integer(0, 3) == 0, g.bool(), g.bool(), g.bool());
    }

    private static int size(int[] shape) {
        int n = 1;
        for (int s : shape) n *= s;
        return n;
    }

    private static int[] identity(int n) {
        int[] m = new int[n];
        for (int i = 0; i < n; i++) m[i] = i;
        return m;
    }

    private static double[] adjointOrNull(boolean constant, double[] start) { return constant ? null : start.clone(); }

    private static Result unfused(Case c, double[] a, double[] b, double[] x, double[] aAdj0, double[] bAdj0, double[] xAdj0, double[] outAdj) {
        int n = size(c.outShape());
        double[] aAdj = adjointOrNull(c.constantA(), aAdj0), bAdj = adjointOrNull(c.constantB(), bAdj0), xAdj = adjointOrNull(c.constantX(), xAdj0);
        double[] ga = new double[n], gaAdj = new double[n], gb = new double[n], gbAdj = new double[n];
        double[] prod = new double[n], prodAdj = new double[n], out = new double[n];
        int[] id = identity(n), xMap = BroadcastIndex.map(c.xShape(), c.outShape());
        Kernel gatherA = new Gather(a, aAdj, c.tensorShape(), new double[][] {c.index()}, ga, gaAdj);
        Kernel gatherB = new Gather(b, bAdj, c.tensorShape(), new double[][] {c.index()}, gb, gbAdj);
        Kernel mul = c.mulGatherFirst() ? new Mul(gb, gbAdj, id, x, xAdj, xMap, prod, prodAdj)
                : new Mul(x, xAdj, xMap, gb, gbAdj, id, prod, prodAdj);
        Kernel add = c.addGatherFirst() ? new Add(ga, gaAdj, id, prod, prodAdj, id, out, outAdj.clone())
                : new Add(prod, prodAdj, id, ga, gaAdj, id, out, outAdj.clone());
        Kernel[] order = {gatherA, gatherB, mul, add};
        for (Kernel k : order) k.forward();
        for (int i = order.length - 1; i >= 0; i--) order[i].backward();
        return new Result(out, aAdj, bAdj, xAdj);
    }

    private static Result fused(Case c, double[] index, double[] a, double[] b, double[] x, double[] aAdj0, double[] bAdj0, double[] xAdj0,
                                double[] outAdj) {
        int n = size(c.outShape());
        double[] aAdj = adjointOrNull(c.constantA(), aAdj0), bAdj = adjointOrNull(c.constantB(), bAdj0), xAdj = adjointOrNull(c.constantX(), xAdj0);
        double[] out = new double[n];
        Kernel k = new GatheredAffine(a, aAdj, b, bAdj, c.block(), index, x, xAdj, BroadcastIndex.map(c.xShape(), c.outShape()), out, outAdj.clone());
        k.forward();
        k.backward();
        return new Result(out, aAdj, bAdj, xAdj);
    }

    private static void assertSame(Case c, double[] fusedIndex, Gen g) {
        int tensor = size(c.tensorShape()), xs = size(c.xShape()), n = size(c.outShape());
        double[] a = g.normals(tensor), b = g.normals(tensor), x = g.normals(xs);
        double[] aAdj = g.normals(tensor), bAdj = g.normals(tensor), xAdj = g.normals(xs), outAdj = g.normals(n);
        Result expected = unfused(c, a, b, x, aAdj, bAdj, xAdj, outAdj);
        Result actual = fused(c, fusedIndex, a, b, x, aAdj, bAdj, xAdj, outAdj);
        String label = c.groups() + " groups, trailing " + java.util.Arrays.toString(c.trailing()) + ", " + c.index().length
                + " positions, x " + java.util.Arrays.toString(c.xShape());
        assertArrayEquals(expected.out(), actual.out(), label + ": forward");
        assertArrayEquals(expected.aAdj(), actual.aAdj(), label + ": adjoint of a");
        assertArrayEquals(expected.bAdj(), actual.bAdj(), label + ": adjoint of b");
        assertArrayEquals(expected.xAdj(), actual.xAdj(), label + ": adjoint of x");
    }

    @Test void fusedKernelEqualsTheFourOpsItReplaces() {
        Property.forAll("gathered affine = add(gather, mul(gather, x))", 0x6A9, CASES, g -> {
            Case c = randomCase(g);
            assertSame(c, c.index(), g);
        });
    }

    @Test void theComparisonCatchesAKernelReadingTheWrongRows() {
        Gen g = Gen.seeded(9);
        double[] index = {0, 1, 2, 3, 1, 2, 0, 3};
        Case c = new Case(4, new int[] {3}, index, new int[] {index.length, 1}, false, false, true, true, true);
        double[] shifted = index.clone();
        for (int p = 0; p < shifted.length; p++) shifted[p] = (shifted[p] + 1) % 4;
        assertThrows(AssertionError.class, () -> assertSame(c, shifted, g));
    }
}
