package org.bayes4j.transforms.cholesky;

/**
 * The map $L \mapsto LL^\top$ from a lower-triangular factor to a symmetric
 * matrix, its inverse (the Cholesky factorisation) and its vector-Jacobian
 * product, shared by {@link CorrelationMatrixBijector} and
 * {@link CovarianceMatrixBijector}. Matrices are row-major $K\times K$ at an offset.
 *
 * <p>VJP: with $A = LL^\top$ and adjoint $\bar A$ (all $K^2$ entries independent),
 * $\partial A_{pq}/\partial L_{pr} = L_{qr}$ and $\partial A_{pq}/\partial L_{qr} = L_{pr}$, so
 * $\bar L = (\bar A + \bar A^\top)L$, kept on the lower triangle.
 */
final class GramMatrix {

    private GramMatrix() {}

    /** Writes $A = LL^\top$ (both triangles). */
    static void multiply(double[] l, int lo, int k, double[] a, int ao) {
        for (int p = 0; p < k; p++) {
            for (int q = 0; q <= p; q++) {
                double sum = 0;
                for (int r = 0; r <= q; r++) sum += l[lo + p * k + r] * l[lo + q * k + r];
                a[ao + p * k + q] = sum;
                a[ao + q * k + p] = sum;
            }
        }
    }

    /**
     * Writes the lower Cholesky factor of the symmetric matrix at {@code a}
     * (reading its lower triangle) into {@code l}, zeros above the diagonal.
     * A non-positive pivot leaves NaN on that diagonal, which the caller's
     * finiteness check reports with the offending value.
     */
    static void cholesky(double[] a, int ao, int k, double[] l, int lo) {
        for (int i = 0; i < k; i++) {
            for (int j = 0; j <= i; j++) {
                double v = a[ao + i * k + j];
                for (int m = 0; m < j; m++) v -= l[lo + i * k + m] * l[lo + j * k + m];
                l[lo + i * k + j] = i == j ? Math.sqrt(v) : v / l[lo + j * k + j];
            }
            for (int j = i + 1; j < k; j++) l[lo + i * k + j] = 0;
        }
    }

    /**
     * Writes $\bar L = (\bar A + \bar A^\top)L$ on the lower triangle (zeros above);
     * with {@code skipDiagonal} the adjoints of $A$'s diagonal are ignored (for
     * correlation matrices, whose diagonal is the constant 1).
     */
    static void factorAdjoint(double[] aAdj, int aao, double[] l, int lo, int k, boolean skipDiagonal, double[] lAdj, int lao) {
        for (int p = 0; p < k; p++) {
            for (int r = 0; r < k; r++) {
                double sum = 0;
                if (r <= p) {
                    for (int q = r; q < k; q++) {
                        if (skipDiagonal && q == p) continue;
                        sum += (aAdj[aao + p * k + q] + aAdj[aao + q * k + p]) * l[lo + q * k + r];
                    }
                }
                lAdj[lao + p * k + r] = sum;
            }
        }
    }
}
