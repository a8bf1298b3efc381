package org.bayes4j.autodiff.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;

import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.Property;
import org.junit.jupiter.api.Test;

/**
 * The specialised loops of {@link Gather} (rows of a matrix picked by one index
 * array) and {@link Mul} ({@code (N, C)} times {@code (N, 1)}) compute exactly
 * what the general loops compute, forward and reverse, on random shapes, values
 * and indices with repeats; and the same comparison rejects a kernel that reads
 * a wrong row.
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
     * {@code a} of shape (N, C) and {@code b} of shape (N, 1) held in one input vector, {@code a} first;
     * {@code ib} maps output {@code i} to the element of {@code b} it reads.
     */
    private static KernelOn rowScaled(int rows, int cols, int[] ib) {
        return (x, xa, o, oa) -> {
            int size = rows * cols;
            double[] a = Arrays.copyOfRange(x, 0, size), b = Arrays.copyOfRange(x, size, size + rows);
            double[] aAdj = Arrays.copyOfRange(xa, 0, size), bAdj = Arrays.copyOfRange(xa, size, size + rows);
            int[] ia = BroadcastIndex.map(new int[] {rows, cols}, new int[] {rows, cols});
            Mul mul = new Mul(a, aAdj, ia, b, bAdj, ib, o, oa);
            assertEquals(cols, mul.bRun, "the (N, C) * (N, 1) loops are the ones under test");
            return new Kernel(o, oa) {
                @Override public void forward() { mul.forward(); }
                @Override public void backward() {
                    mul.backward();
                    System.arraycopy(aAdj, 0, xa, 0, size);
                    System.arraycopy(bAdj, 0, xa, size, rows);
                }
            };
        };
    }

    /** The general rule written out, y_i = a_i b_{m(i)}, abar_i += ybar_i b_{m(i)}, bbar_j += sum_{m(i)=j} ybar_i a_i (each sum formed before it is added, as the fast loop does, so the comparison can be exact). */
    private static KernelOn generalRowScaled(int rows, int cols) {
        int[] ib = BroadcastIndex.map(new int[] {rows, 1}, new int[] {rows, cols});
        return (x, xa, o, oa) -> new Kernel(o, oa) {
            private final int size = rows * cols;
            @Override public void forward() { for (int i = 0; i < size; i++) o[i] = x[i] * x[size + ib[i]]; }
            @Override public void backward() {
                for (int i = 0; i < size; i++) xa[i] += oa[i] * x[size + ib[i]];
                double[] sums = new double[rows];
                for (int i = 0; i < size; i++) sums[ib[i]] += oa[i] * x[i];
                for (int j = 0; j < rows; j++) xa[size + j] += sums[j];
            }
        };
    }

    @Test void rowTimesColumnMatchesTheGeneralLoop() {
        Property.forAll("(N,C) * (N,1)", 0x6A8, CASES, g -> {
            int rows = g.integer(2, 8), cols = g.integer(2, 7); // one row is the broadcast-scalar case
            int[] ib = BroadcastIndex.map(new int[] {rows, 1}, new int[] {rows, cols});
            assertSame("mul(" + rows + "x" + cols + ")", rowScaled(rows, cols, ib), generalRowScaled(rows, cols), g,
                    rows * cols + rows, rows * cols);
        });
    }

    @Test void theMulComparisonCatchesAWrongRow() {
        Gen g = Gen.seeded(6);
        int rows = 3, cols = 4;
        double[] in = g.normals(rows * cols + rows);
        // a kernel whose forward is right but whose reverse rule drops b's adjoint sum for the last row
        KernelOn broken = (x, xa, o, oa) -> {
            Kernel right = rowScaled(rows, cols, BroadcastIndex.map(new int[] {rows, 1}, new int[] {rows, cols})).bind(x, xa, o, oa);
            return new Kernel(o, oa) {
                @Override public void forward() { right.forward(); }
                @Override public void backward() {
                    double keep = xa[xa.length - 1];
                    right.backward();
                    xa[xa.length - 1] = keep;
                }
            };
        };
        assertThrows(AssertionError.class,
                () -> assertSame("dropped adjoint", broken, generalRowScaled(rows, cols), g, in.length, rows * cols));
    }
}
