package org.bayes4j.models.grouped;

/**
 * Small dense operations on a lower Cholesky factor {@code L} of a
 * {@code d x d} covariance, stored row-major: {@code Sigma = L L^T}, so
 * {@code u = L z} with {@code z ~ N(0, I)} has covariance {@code Sigma}, the
 * standard deviations are the row norms {@code s_i = ||L_i||} and the
 * correlations {@code Omega_ij = (L_i . L_j) / (s_i s_j)}.
 */
final class CholeskyFactors {

    private CholeskyFactors() {}

    /** {@code u_g = L z_g} for every row {@code z_g} of {@code z} (row-major, {@code G x d}). */
    static double[] multiplyRows(double[] l, double[] z, int d) {
        double[] u = new double[z.length];
        for (int g = 0; g < z.length / d; g++) {
            for (int i = 0; i < d; i++) {
                double sum = 0;
                for (int j = 0; j <= i; j++) sum += l[i * d + j] * z[g * d + j];
                u[g * d + i] = sum;
            }
        }
        return u;
    }

    /**
     * The factor of the 2 x 2 covariance with standard deviations {@code s}
     * and correlation {@code rho}:
     * {@code L = [[s_0, 0], [s_1 rho, s_1 sqrt(1 - rho^2)]]}.
     */
    static double[] fromScalesAndCorrelation(double[] s, double rho) {
        if (s.length != 2) throw new IllegalArgumentException("two standard deviations expected, got " + s.length);
        return new double[] {s[0], 0, s[1] * rho, s[1] * Math.sqrt(1 - rho * rho)};
    }

    /** {@code Sigma = L L^T}, row-major. */
    static double[] covariance(double[] l, int d) {
        double[] sigma = new double[d * d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                double sum = 0;
                for (int m = 0; m <= Math.min(i, j); m++) sum += l[i * d + m] * l[j * d + m];
                sigma[i * d + j] = sum;
            }
        }
        return sigma;
    }

    /**
     * Fails unless {@code l} is lower triangular with a positive diagonal,
     * naming the first offending element ({@code L[0, 1]}).
     */
    static void requireCholesky(String model, String name, double[] l, int d) {
        for (int i = 0; i < d; i++) {
            for (int j = i; j < d; j++) {
                double v = l[i * d + j];
                if (j > i && v != 0) {
                    throw new IllegalArgumentException(model + ": parameter " + name + "[" + i + ", " + j + "] is " + v
                            + ", but a Cholesky factor is zero above the diagonal");
                }
                if (j == i && !(v > 0)) {
                    throw new IllegalArgumentException(model + ": parameter " + name + "[" + i + ", " + i + "] is " + v
                            + ", but the diagonal of a Cholesky factor must be positive");
                }
            }
        }
    }
}
