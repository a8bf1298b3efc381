package org.bayes4j.diagnostics.convergence;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * In-place iterative radix-2 Cooley-Tukey discrete Fourier transform
 * {@code X_k = sum_j x_j exp(-+ 2 pi i jk / N)} for N a power of two: a
 * bit-reversal permutation followed by log2 N butterfly passes. The inverse is
 * unnormalised (no 1/N), which the callers absorb in their own scaling.
 */
final class FastFourierTransform {

    /** Twiddle tables by log2 of the size, per direction, filled on first use. */
    private static final AtomicReferenceArray<Twiddles> FORWARD = new AtomicReferenceArray<>(Integer.SIZE);
    private static final AtomicReferenceArray<Twiddles> INVERSE = new AtomicReferenceArray<>(Integer.SIZE);

    /**
     * {@code cos} and {@code sin} of {@code angle * k} for the butterfly pass of length {@code len = 2^(level+1)}
     * ({@code angle = -+ 2 pi / len}, k below len / 2), each computed directly, not by repeated products, so
     * no rounding accumulates. A transform of size N needs N - 1 of each, as many as it has butterflies per
     * pass times two; computing them on every call cost more than the butterflies (the summary of a model
     * transforms several chains per quantity), so they are tabulated once per size and direction.
     * Immutable once built; a race builds equal tables.
     */
    private record Twiddles(double[][] cos, double[][] sin) {

        static Twiddles of(int n, boolean inverse) {
            int levels = Integer.numberOfTrailingZeros(n);
            double[][] cos = new double[levels][], sin = new double[levels][];
            double sign = inverse ? 1 : -1;
            for (int level = 0, len = 2; len <= n; level++, len <<= 1) {
                double angle = sign * 2 * Math.PI / len;
                int half = len / 2;
                cos[level] = new double[half];
                sin[level] = new double[half];
                for (int k = 0; k < half; k++) {
                    cos[level][k] = Math.cos(angle * k);
                    sin[level][k] = Math.sin(angle * k);
                }
            }
            return new Twiddles(cos, sin);
        }
    }

    private FastFourierTransform() {}

    private static Twiddles twiddles(int n, boolean inverse) {
        AtomicReferenceArray<Twiddles> cache = inverse ? INVERSE : FORWARD;
        int log = Integer.numberOfTrailingZeros(n);
        Twiddles t = cache.get(log);
        if (t == null) {
            t = Twiddles.of(n, inverse);
            cache.set(log, t);
        }
        return t;
    }

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
        if (n < 2) return;
        Twiddles twiddles = twiddles(n, inverse);
        for (int level = 0, len = 2; len <= n; level++, len <<= 1) {
            int half = len / 2;
            double[] cos = twiddles.cos()[level], sin = twiddles.sin()[level];
            for (int k = 0; k < half; k++) {
                double wr = cos[k];
                double wi = sin[k];
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
