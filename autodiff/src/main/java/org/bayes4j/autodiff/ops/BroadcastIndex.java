package org.bayes4j.autodiff.ops;

/**
 * NumPy broadcasting as an index map, computed once at compile time.
 *
 * <p>Shapes align on the right; an input axis of size 1, or a missing leading
 * axis, is stretched. For output element {@code i} with multi-index
 * {@code (j_0, ..., j_{r-1})}, the input element is
 * {@code sum_a j_a * s_a}, where {@code s_a} is the input's row-major stride on
 * axis {@code a}, or 0 when that axis is stretched. Storing this flat index per
 * output element lets element-wise kernels read and scatter adjoints with one
 * array lookup and no per-evaluation arithmetic on shapes
 * (NumPy manual, "Broadcasting").
 */
public final class BroadcastIndex {

    private BroadcastIndex() {}

    /** For each element of {@code outShape} (row-major), the flat index of the broadcast element of {@code inShape}. */
    public static int[] map(int[] inShape, int[] outShape) {
        int rank = outShape.length;
        if (inShape.length > rank) {
            throw new IllegalArgumentException("cannot broadcast shape " + java.util.Arrays.toString(inShape) + " to "
                    + java.util.Arrays.toString(outShape));
        }
        int[] stride = new int[rank];
        int s = 1;
        for (int a = inShape.length - 1; a >= 0; a--) {
            int outAxis = rank - inShape.length + a;
            if (inShape[a] == outShape[outAxis]) {
                stride[outAxis] = s;
            } else if (inShape[a] == 1) {
                stride[outAxis] = 0;
            } else {
                throw new IllegalArgumentException("cannot broadcast shape " + java.util.Arrays.toString(inShape) + " to "
                        + java.util.Arrays.toString(outShape));
            }
            s *= inShape[a];
        }
        int n = 1;
        for (int d : outShape) n *= d;
        int[] map = new int[n];
        int[] index = new int[rank];
        int flat = 0;
        for (int i = 0; i < n; i++) {
            map[i] = flat;
            // odometer increment of the output multi-index, updating the input offset incrementally
            for (int a = rank - 1; a >= 0; a--) {
                index[a]++;
                flat += stride[a];
                if (index[a] < outShape[a]) break;
                flat -= stride[a] * index[a];
                index[a] = 0;
            }
        }
        return map;
    }

    /** The NumPy broadcast of two shapes, or {@code null} when they are incompatible. */
    public static int[] broadcastShape(int[] x, int[] y) {
        int rank = Math.max(x.length, y.length);
        int[] out = new int[rank];
        for (int a = 0; a < rank; a++) {
            int xi = a - (rank - x.length), yi = a - (rank - y.length);
            int dx = xi >= 0 ? x[xi] : 1, dy = yi >= 0 ? y[yi] : 1;
            if (dx != dy && dx != 1 && dy != 1) return null;
            out[a] = dx == 1 ? dy : dx;
        }
        return out;
    }
}
