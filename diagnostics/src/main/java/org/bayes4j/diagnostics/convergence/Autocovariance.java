package org.bayes4j.diagnostics.convergence;

/**
 * Autocovariances of one chain at every lag, with Geyer's (1992) "biased"
 * normalisation by n rather than n - t:
 * {@code gamma_t = (1/n) sum_{i=1}^{n-t} (x_i - xbar)(x_{i+t} - xbar)}.
 *
 * <p>Computed by the Wiener-Khinchin theorem: zero-pad the centred chain to a
 * power of two at least 2n (so the circular correlation equals the linear one),
 * take the discrete Fourier transform, its squared modulus, and transform back;
 * O(n log n) instead of the O(n^2) direct sum. As in {@code posterior}, the
 * result is rescaled so that lag 0 equals the directly computed biased variance,
 * which removes the FFT's rounding from the scale. {@link #direct(double[])} is
 * the defining sum, kept for tests and for short chains.
 */
public final class Autocovariance {

    private Autocovariance() {}

    public static double[] of(double[] x) {
        int n = x.length;
        if (n < 64) return direct(x);
        double mean = Moments.mean(x);
        double variance0 = 0;
        for (double v : x) variance0 += (v - mean) * (v - mean);
        variance0 /= n;
        if (variance0 == 0) return new double[n];
        int size = Integer.highestOneBit(2 * n - 1) << 1;
        double[] re = new double[size];
        double[] im = new double[size];
        for (int i = 0; i < n; i++) re[i] = x[i] - mean;
        FastFourierTransform.transform(re, im, false);
        for (int k = 0; k < size; k++) {
            re[k] = re[k] * re[k] + im[k] * im[k];
            im[k] = 0;
        }
        FastFourierTransform.transform(re, im, true);
        double[] acov = new double[n];
        double scale = variance0 / re[0];
        for (int t = 0; t < n; t++) acov[t] = re[t] * scale;
        return acov;
    }

    /** The defining O(n^2) sum. */
    public static double[] direct(double[] x) {
        int n = x.length;
        double mean = Moments.mean(x);
        double[] c = new double[n];
        for (int i = 0; i < n; i++) c[i] = x[i] - mean;
        double[] acov = new double[n];
        for (int t = 0; t < n; t++) {
            double s = 0;
            for (int i = 0; i + t < n; i++) s += c[i] * c[i + t];
            acov[t] = s / n;
        }
        return acov;
    }
}
