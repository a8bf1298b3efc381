package org.bayes4j.samplers.adaptation;

/**
 * Welford's streaming mean and variance, per coordinate: after sample $x_n$,
 * $\delta = x_n - \bar x_{n-1}$, $\bar x_n = \bar x_{n-1} + \delta/n$,
 * $m_n = m_{n-1} + \delta(x_n - \bar x_n)$, and the sample variance is
 * $m_n/(n-1)$. Numerically stable (no difference of large sums). Immutable:
 * {@link #add} returns a new estimator.
 *
 * <p>The metric estimate is Stan's regularised variance
 * $\tfrac{n}{n+5}\hat\sigma^2 + 10^{-3}\tfrac{5}{n+5}$, which shrinks a short
 * window's estimate towards a small constant.
 *
 * <p>Reference: Welford 1962; Stan {@code welford_var_estimator}, {@code var_adaptation}.
 */
public final class WelfordVariance {

    private final int n;
    private final double[] mean;
    private final double[] m2;

    private WelfordVariance(int n, double[] mean, double[] m2) {
        this.n = n;
        this.mean = mean;
        this.m2 = m2;
    }

    public static WelfordVariance empty(int dimension) {
        return new WelfordVariance(0, new double[dimension], new double[dimension]);
    }

    public int numSamples() { return n; }

    public WelfordVariance add(double[] x) {
        int t = n + 1;
        double[] newMean = new double[mean.length];
        double[] newM2 = new double[m2.length];
        for (int i = 0; i < mean.length; i++) {
            double delta = x[i] - mean[i];
            newMean[i] = mean[i] + delta / t;
            newM2[i] = m2[i] + delta * (x[i] - newMean[i]);
        }
        return new WelfordVariance(t, newMean, newM2);
    }

    public double[] mean() { return mean.clone(); }

    /** Sample variance $m_n/(n-1)$ per coordinate (requires $n \ge 2$). */
    public double[] sampleVariance() {
        if (n < 2) throw new IllegalStateException("variance needs at least 2 samples, but there are " + n);
        double[] v = new double[m2.length];
        for (int i = 0; i < v.length; i++) v[i] = m2[i] / (n - 1);
        return v;
    }

    /** Stan's regularised inverse-metric diagonal $\tfrac{n}{n+5}\hat\sigma^2 + 10^{-3}\tfrac{5}{n+5}$. */
    public double[] regularisedVariance() {
        double[] v = sampleVariance();
        double w = n / (n + 5.0);
        double shrink = 1e-3 * (5.0 / (n + 5.0));
        for (int i = 0; i < v.length; i++) v[i] = w * v[i] + shrink;
        return v;
    }
}
