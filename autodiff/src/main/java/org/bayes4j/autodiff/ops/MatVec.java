package org.bayes4j.autodiff.ops;

/**
 * Batched matrix-vector product {@code y_b = A_b x_b}: {@code A} of shape
 * {@code (..., n, m)}, {@code x} of shape {@code (..., m)}, {@code y} of shape
 * {@code (..., n)}, with the batch axes ({@code ...}) broadcast as in NumPy.
 * This is the triangular product of non-centred multivariate effects,
 * {@code u = L z} (Papaspiliopoulos, Roberts &amp; Sköld 2007), with one factor
 * shared by many groups or one factor per batch member.
 *
 * <p>Reverse rule, per batch element: {@code Abar_b += ybar_b x_b^T},
 * {@code xbar_b += A_b^T ybar_b}; broadcast batch members accumulate into the
 * shared input.
 */
public final class MatVec extends Kernel {

    private final double[] a, aAdj, x, xAdj;
    private final int n, m;
    /** For each output batch element, the batch element of A and of x it reads (flat, in units of one matrix / vector). */
    private final int[] aBatch, xBatch;

    public MatVec(double[] a, double[] aAdj, int[] aShape, double[] x, double[] xAdj, int[] xShape, int[] outShape,
                  double[] out, double[] outAdj) {
        super(out, outAdj);
        this.a = a;
        this.aAdj = aAdj;
        this.x = x;
        this.xAdj = xAdj;
        this.n = aShape[aShape.length - 2];
        this.m = aShape[aShape.length - 1];
        int[] outBatch = java.util.Arrays.copyOf(outShape, outShape.length - 1);
        this.aBatch = BroadcastIndex.map(java.util.Arrays.copyOf(aShape, aShape.length - 2), outBatch);
        this.xBatch = BroadcastIndex.map(java.util.Arrays.copyOf(xShape, xShape.length - 1), outBatch);
    }

    @Override public void forward() {
        for (int b = 0; b < aBatch.length; b++) {
            int ab = aBatch[b] * n * m, xb = xBatch[b] * m, yb = b * n;
            for (int i = 0; i < n; i++) {
                double s = 0;
                int row = ab + i * m;
                for (int j = 0; j < m; j++) s += a[row + j] * x[xb + j];
                out[yb + i] = s;
            }
        }
    }

    @Override public void backward() {
        for (int b = 0; b < aBatch.length; b++) {
            int ab = aBatch[b] * n * m, xb = xBatch[b] * m, yb = b * n;
            for (int i = 0; i < n; i++) {
                double g = outAdj[yb + i];
                if (g == 0) continue;
                int row = ab + i * m;
                if (aAdj != null) for (int j = 0; j < m; j++) aAdj[row + j] += g * x[xb + j];
                if (xAdj != null) for (int j = 0; j < m; j++) xAdj[xb + j] += g * a[row + j];
            }
        }
    }
}
