package org.bayes4j.diagnostics.convergence;

/**
 * In-place iterative radix-2 Cooley-Tukey discrete Fourier transform
 * {@code X_k = sum_j x_j exp(-+ 2 pi i jk / N)} for N a power of two: a
 * bit-reversal permutation followed by log2 N butterfly passes. The inverse is
 * unnormalised (no 1/N), which the callers absorb in their own scaling.
 */
final class FastFourierTransform {

    private FastFourierTransform() {}

    static void transform(double[] re, double[] im, boolean inverse) {
        int n = re.length;
        for (int i = 1, j = 0; i < n; i++) {
            int bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1) j ^= bit;
            j ^= bit;
            if (i < j) {
                double t = re[i]; re[i] = re[j]; re[j] = t;
                t = im[i]; im[i] = im[j]; im[j] = t;
            }
        }
        double sign = inverse ? 1 : -1;
        for (int len = 2; len <= n; len <<= 1) {
            double angle = sign * 2 * Math.PI / len;
            int half = len / 2;
            for (int k = 0; k < half; k++) {
                // twiddle factor computed directly for each k to avoid accumulated rounding of repeated products
                double wr = Math.cos(angle * k);
                double wi = Math.sin(angle * k);
                for (int start = 0; start < n; start += len) {
                    int a = start + k;
                    int b = a + half;
                    double xr = re[b] * wr - im[b] * wi;
                    double xi = re[b] * wi + im[b] * wr;
                    re[b] = re[a] - xr;
                    im[b] = im[a] - xi;
                    re[a] += xr;
                    im[a] += xi;
                }
            }
        }
    }
}
