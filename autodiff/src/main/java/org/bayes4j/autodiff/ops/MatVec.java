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

    /*
     * Both sweeps run column by column (j outer, rows i inner): the inner loops then have the
     * length n of a column rather than the often tiny m of a row (m = 2 for intercept and slope),
     * and each output still receives its terms in the order j = 0, 1, ..., m - 1, starting from 0,
     * so the sums are the same as row by row.
     */

    @Override public void forward() {
        for (int b = 0; b < aBatch.length; b++) {
            int ab = aBatch[b] * n * m, xb = xBatch[b] * m, yb = b * n;
            for (int i = 0; i < n; i++) out[yb + i] = 0;
            for (int j = 0; j < m; j++) {
                double xj = x[xb + j];
                for (int i = 0, at = ab + j; i < n; i++, at += m) out[yb + i] += a[at] * xj;
            }
        }
    }

    /** No test for a zero adjoint: a branch on the data costs more than the multiply-adds it would skip. */
    @Override public void backward() {
        for (int b = 0; b < aBatch.length; b++) {
            int ab = aBatch[b] * n * m, xb = xBatch[b] * m, yb = b * n;
            for (int j = 0; j < m; j++) {
                if (aAdj != null) {
                    double xj = x[xb + j];
                    for (int i = 0, at = ab + j; i < n; i++, at += m) aAdj[at] += outAdj[yb + i] * xj;
                }
                if (xAdj != null) {
                    for (int i = 0, at = ab + j; i < n; i++, at += m) xAdj[xb + j] += outAdj[yb + i] * a[at];
                }
            }
        }
    }
}
