package org.bayes4j.autodiff.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;

import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.Property;
import org.junit.jupiter.api.Test;

/**
 * The specialised loops of {@link Gather} for rows of a matrix picked by one
 * index array, and of {@link Mul} for one input read directly and the other
 * broadcast ({@code (N, C) * (N, 1)}), compute exactly what the general loops
 * compute, forward and reverse, on random shapes, values and indices with
 * repeats; and the same comparison rejects a kernel that reads a wrong row.
 */
class FastPathsMatchGeneralPathsTest {

    private static final int CASES = 200;

    /** Output and input adjoint of one kernel after a forward and a reverse sweep from given input adjoints. */
    record Sweep(double[] out, double[] inputAdjoint) {}

    interface KernelOn { Kernel bind(double[] in, double[] inAdj, double[] out, double[] outAdj); }

    private static Sweep sweep(KernelOn kernel, double[] in, double[] inAdj, int outSize, double[] outAdj) {
        double[] out = new double[outSize], adj = inAdj.clone();
        Kernel k = kernel.bind(in, adj, out, outAdj.clone());
        k.forward();
        k.backward();
        return new Sweep(out, adj);
    }

    /** Both kernels give bit-identical outputs and input adjoints (they add the same terms in the same order). */
    private static void assertSame(String label, KernelOn fast, KernelOn general, Gen g, int inSize, int outSize) {
        double[] in = g.normals(inSize), inAdj = g.normals(inSize), outAdj = g.normals(outSize);
        Sweep f = sweep(fast, in, inAdj, outSize, outAdj), r = sweep(general, in, inAdj, outSize, outAdj);
        assertArrayEquals(r.out(), f.out(), label + ": forward");
        assertArrayEquals(r.inputAdjoint(), f.inputAdjoint(), label + ": reverse");
    }

    private static double[] asDoubles(int[] v) { return Arrays.stream(v).asDoubleStream().toArray(); }

    /** One index array into rows of a (rows, block) matrix: the fast path. */
    private static KernelOn rowGather(int rows, int block, double[] index) {
        return (x, xa, o, oa) -> new Gather(x, xa, new int[] {rows, block}, new double[][] {index}, o, oa);
    }

    /** The same rows through a leading axis of length 1 indexed by zeros: two index arrays, the general path. */
    private static KernelOn generalGather(int rows, int block, double[] index) {
        return (x, xa, o, oa) -> new Gather(x, xa, new int[] {1, rows, block}, new double[][] {new double[index.length], index}, o, oa);
    }

    private static double[] indices(Gen g, int positions, int rows) {
        int[] idx = new int[positions];
        for (int p = 0; p < positions; p++) idx[p] = g.integer(0, rows - 1);
        return asDoubles(idx);
    }

    @Test void gatherOfRowsByOneIndexArrayMatchesTheGeneralLoop() {
        Property.forAll("gather rows", 0x6A7, CASES, g -> {
            int rows = g.integer(1, 6), block = g.integer(2, 7), positions = g.integer(1, 40);
            double[] index = indices(g, positions, rows);
            assertSame("gather(" + rows + "x" + block + ", " + positions + " positions)", rowGather(rows, block, index),
                    generalGather(rows, block, index), g, rows * block, positions * block);
        });
    }

    @Test void theGatherComparisonCatchesARowOffByOne() {
        Gen g = Gen.seeded(5);
        int rows = 4, block = 3, positions = 12;
        double[] index = indices(g, positions, rows), shifted = index.clone();
        for (int p = 0; p < positions; p++) shifted[p] = (shifted[p] + 1) % rows;
        assertThrows(AssertionError.class,
                () -> assertSame("wrong rows", rowGather(rows, block, shifted), generalGather(rows, block, index), g, rows * block, positions * block));
    }

    /**
     * {@code (rows, cols) * (rows, 1)}, either way round: the fast kernel reads the full operand
     * directly; the reference holds it reversed behind a reversed map, which forces the general loop
     * over both maps with the same values. Outputs and both input adjoints must agree bit for bit.
     */
    @Test void mulWithOneInputReadDirectlyMatchesTheGeneralLoop() {
        Property.forAll("mul row-wise", 0x6A8, CASES, g -> {
            int rows = g.integer(2, 8), cols = g.integer(2, 7), size = rows * cols; // one row would take the scalar loop
            boolean fullFirst = g.bool();
            int[] full = {rows, cols}, column = {rows, 1};
            double[] x = g.normals(size), s = g.normals(rows), outAdj = g.normals(size);
            double[] xAdj = g.normals(size), sAdj = g.normals(rows);
            int[] xMap = BroadcastIndex.map(full, full), sMap = BroadcastIndex.map(column, full);
            double[] reversed = new double[size], reversedAdj = new double[size];
            int[] reversedMap = new int[size];
            for (int i = 0; i < size; i++) {
                reversed[size - 1 - i] = x[i];
                reversedAdj[size - 1 - i] = xAdj[i];
                reversedMap[i] = size - 1 - i;
            }
            double[] fastOut = new double[size], fastXAdj = xAdj.clone(), fastSAdj = sAdj.clone();
            double[] refOut = new double[size], refSAdj = sAdj.clone();
            Kernel fast = fullFirst ? new Mul(x, fastXAdj, xMap, s, fastSAdj, sMap, fastOut, outAdj)
                    : new Mul(s, fastSAdj, sMap, x, fastXAdj, xMap, fastOut, outAdj);
            Kernel reference = fullFirst ? new Mul(reversed, reversedAdj, reversedMap, s, refSAdj, sMap, refOut, outAdj)
                    : new Mul(s, refSAdj, sMap, reversed, reversedAdj, reversedMap, refOut, outAdj);
            for (Kernel k : new Kernel[] {fast, reference}) {
                k.forward();
                k.backward();
            }
            double[] refXAdj = new double[size];
            for (int i = 0; i < size; i++) refXAdj[i] = reversedAdj[size - 1 - i];
            String label = (fullFirst ? "(" + rows + ", " + cols + ") * (" + rows + ", 1)" : "(" + rows + ", 1) * (" + rows + ", " + cols + ")");
            assertArrayEquals(refOut, fastOut, label + ": forward");
            assertArrayEquals(refXAdj, fastXAdj, label + ": reverse, full operand");
            assertArrayEquals(refSAdj, fastSAdj, label + ": reverse, broadcast operand");
        });
    }
}
