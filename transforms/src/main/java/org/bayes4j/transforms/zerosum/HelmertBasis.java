package org.bayes4j.transforms.zerosum;

/**
 * The Helmert orthonormal basis of the zero-sum subspace of $\mathbb R^n$:
 * for $j = 1, \dots, n-1$,
 * $$h_j = \frac{1}{\sqrt{j(j+1)}}\,(1, \dots, 1, -j, 0, \dots, 0)\quad\text{($j$ ones)}.$$
 * Each $h_j$ sums to zero and has unit norm ($c_j^2 (j + j^2) = 1$ with
 * $c_j = 1/\sqrt{j(j+1)}$), and for $l > j$, $h_l$ is constant ($= c_l$) on the
 * support of $h_j$, which sums to zero, so $h_j \perp h_l$.
 *
 * <p>With $H = [h_1 \cdots h_{n-1}]$:
 * <ul>
 *   <li>{@link #expand}: $v = Hu$, i.e. $v_i = \sum_{j \ge i} c_j u_j - (i-1)\,c_{i-1} u_{i-1}$,
 *       one reverse pass with a running tail sum;</li>
 *   <li>{@link #contract}: $u = H^\top v$, i.e. $u_j = c_j\bigl(\sum_{i \le j} v_i - j\,v_{j+1}\bigr)$,
 *       one forward pass with a running prefix sum. Since $H^\top H = I$, this is
 *       both the left inverse of {@code expand} and its adjoint.</li>
 * </ul>
 * The same basis gives the isometric log-ratio coordinates of a simplex
 * (Egozcue et al., "Isometric logratio transformations for compositional data
 * analysis", Mathematical Geology 35, 2003).
 */
public final class HelmertBasis {

    private HelmertBasis() {}

    /** Writes $v = H u$: {@code n - 1} inputs at {@code u[uo + j*stride]}, {@code n} outputs at {@code v[vo + i*stride]}. */
    public static void expand(double[] u, int uo, double[] v, int vo, int n, int stride) {
        double tail = 0;
        for (int i = n; i >= 1; i--) {
            if (i <= n - 1) tail += u[uo + (i - 1) * stride] * c(i);
            double value = tail;
            if (i >= 2) value -= (i - 1) * c(i - 1) * u[uo + (i - 2) * stride];
            v[vo + (i - 1) * stride] = value;
        }
    }

    /** Writes $u = H^\top v$: {@code n} inputs at {@code v[vo + i*stride]}, {@code n - 1} outputs at {@code u[uo + j*stride]}. */
    public static void contract(double[] v, int vo, double[] u, int uo, int n, int stride) {
        double prefix = 0;
        for (int j = 1; j <= n - 1; j++) {
            prefix += v[vo + (j - 1) * stride];
            u[uo + (j - 1) * stride] = c(j) * (prefix - j * v[vo + j * stride]);
        }
    }

    private static double c(int j) { return 1 / Math.sqrt((double) j * (j + 1)); }
}
