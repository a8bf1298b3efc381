package org.bayes4j.distributions.multivariate;

/**
 * An orthonormal basis of the arrays of a given shape summing to zero along every axis: tensor products of
 * Helmert vectors $h_j = (1, \dots, 1, -j, 0, \dots, 0)/\sqrt{j(j+1)}$, $j = 1..K-1$, one per axis (row-major).
 */
final class ZeroSumBasis {

    private ZeroSumBasis() {}

    static double[][] of(int[] shape) {
        double[][] basis = {{1}};
        for (int k : shape) {
            double[][] next = new double[basis.length * (k - 1)][];
            int n = 0;
            for (double[] outer : basis) {
                for (int j = 1; j < k; j++) {
                    double[] e = new double[outer.length * k];
                    double norm = Math.sqrt(j * (j + 1.0));
                    for (int o = 0; o < outer.length; o++) {
                        for (int i = 0; i < j; i++) e[o * k + i] = outer[o] / norm;
                        e[o * k + j] = -j * outer[o] / norm;
                    }
                    next[n++] = e;
                }
            }
            basis = next;
        }
        return basis;
    }
}
