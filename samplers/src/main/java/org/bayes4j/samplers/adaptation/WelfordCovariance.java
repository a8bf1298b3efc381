package org.bayes4j.samplers.adaptation;

/**
 * Welford's streaming mean and covariance: after sample $x_n$,
 * $\delta = x_n - \bar x_{n-1}$, $\bar x_n = \bar x_{n-1} + \delta/n$,
 * $M_n = M_{n-1} + (x_n - \bar x_n)\delta^\top$, and the sample covariance is
 * $M_n/(n-1)$. Immutable: {@link #add} returns a new estimator.
 *
 * <p>The metric estimate is Stan's regularised covariance
 * $\tfrac{n}{n+5}\hat\Sigma + 10^{-3}\tfrac{5}{n+5}I$.
 *
 * <p>Reference: Welford 1962; Stan {@code welford_covar_estimator}, {@code covar_adaptation}.
 */
public final class WelfordCovariance {

    private final int n;
    private final int d;
    private final double[] mean;
    private final double[] m2; // row-major d x d

    private WelfordCovariance(int n, int d, double[] mean, double[] m2) {
        this.n = n;
        this.d = d;
        this.mean = mean;
        this.m2 = m2;
    }

    public static WelfordCovariance empty(int dimension) {
        return new WelfordCovariance(0, dimension, new double[dimension], new double[dimension * dimension]);
    }

    public int numSamples() { return n; }

    public WelfordCovariance add(double[] x) {
        int t = n + 1;
        double[] delta = new double[d];
        double[] newMean = new double[d];
        for (int i = 0; i < d; i++) {
            delta[i] = x[i] - mean[i];
            newMean[i] = mean[i] + delta[i] / t;
        }
        double[] newM2 = m2.clone();
        for (int i = 0; i < d; i++) {
            double r = x[i] - newMean[i];
            for (int j = 0; j < d; j++) newM2[i * d + j] += r * delta[j];
        }
        return new WelfordCovariance(t, d, newMean, newM2);
    }

    /** Sample covariance $M_n/(n-1)$, row-major (requires $n \ge 2$). */
    public double[] sampleCovariance() {
        if (n < 2) throw new IllegalStateException("covariance needs at least 2 samples, but there are " + n);
        double[] c = new double[d * d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                // symmetrise: the update is symmetric in exact arithmetic only
                c[i * d + j] = 0.5 * (m2[i * d + j] + m2[j * d + i]) / (n - 1);
            }
        }
        return c;
    }

    /** Stan's regularised inverse metric $\tfrac{n}{n+5}\hat\Sigma + 10^{-3}\tfrac{5}{n+5}I$, row-major. */
    public double[] regularisedCovariance() {
        double[] c = sampleCovariance();
        double w = n / (n + 5.0);
        double shrink = 1e-3 * (5.0 / (n + 5.0));
        for (int k = 0; k < c.length; k++) c[k] *= w;
        for (int i = 0; i < d; i++) c[i * d + i] += shrink;
        return c;
    }
}
