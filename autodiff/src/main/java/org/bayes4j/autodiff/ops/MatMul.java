package org.bayes4j.autodiff.ops;

/**
 * Matrix product {@code C = A B} with {@code A} of shape {@code (n, k)} or
 * {@code (k)} (a row) and {@code B} of shape {@code (k, m)} or {@code (k)} (a
 * column): {@code C_{ij} = sum_t A_{it} B_{tj}}. Reverse rule:
 * {@code Abar += Cbar B^T}, {@code Bbar += A^T Cbar}.
 *
 * <p>Every output element is one dot product accumulated in a register and
 * written once; for the shapes of regression models (many rows, a few
 * predictors and categories) this beats row-update loops, and the sizes are
 * below where a blocked BLAS-style kernel pays off.
 */
public final class MatMul extends Kernel {

    private final double[] a, aAdj, b, bAdj;
    private final int n, k, m;

    public MatMul(double[] a, double[] aAdj, int[] aShape, double[] b, double[] bAdj, int[] bShape, double[] out, double[] outAdj) {
        super(out, outAdj);
        this.a = a;
        this.aAdj = aAdj;
        this.b = b;
        this.bAdj = bAdj;
        this.n = aShape.length == 2 ? aShape[0] : 1;
        this.k = aShape[aShape.length - 1];
        this.m = bShape.length == 2 ? bShape[1] : 1;
    }

    @Override public void forward() {
        for (int i = 0; i < n; i++) {
            int ai = i * k, ci = i * m;
            for (int j = 0; j < m; j++) {
                double s = 0;
                for (int t = 0; t < k; t++) s += a[ai + t] * b[t * m + j];
                out[ci + j] = s;
            }
        }
    }

    @Override public void backward() {
        if (aAdj != null) {
            // Abar_{it} += sum_j Cbar_{ij} B_{tj}
            for (int i = 0; i < n; i++) {
                int ai = i * k, ci = i * m;
                for (int t = 0; t < k; t++) {
                    int bt = t * m;
                    double s = 0;
                    for (int j = 0; j < m; j++) s += outAdj[ci + j] * b[bt + j];
                    aAdj[ai + t] += s;
                }
            }
        }
        if (bAdj != null) {
            // Bbar_{tj} += sum_i A_{it} Cbar_{ij}
            for (int t = 0; t < k; t++) {
                for (int j = 0; j < m; j++) {
                    double s = 0;
                    for (int i = 0; i < n; i++) s += a[i * k + t] * outAdj[i * m + j];
                    bAdj[t * m + j] += s;
                }
            }
        }
    }
}
