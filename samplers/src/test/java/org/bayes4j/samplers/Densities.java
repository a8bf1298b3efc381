package org.bayes4j.samplers;

import org.bayes4j.spi.density.LogDensity;

/** Hand-written test targets with exact gradients. */
final class Densities {

    private Densities() {}

    /**
     * Zero-mean Gaussian with AR(1) covariance $\Sigma_{ij} = \rho^{|i-j|}$, whose precision is
     * tridiagonal: $Q = \frac{1}{1-\rho^2}$ with diagonal $(1, 1+\rho^2, \dots, 1+\rho^2, 1)$ and
     * off-diagonal $-\rho$. Unit marginal variances.
     */
    static LogDensity ar1(int d, double rho) {
        double c = 1.0 / (1 - rho * rho);
        return new LogDensity() {
            @Override public int dimension() { return d; }
            @Override public double logDensity(double[] x) { return logDensityGradient(x, new double[d]); }
            @Override public double logDensityGradient(double[] x, double[] g) {
                double quad = 0;
                for (int i = 0; i < d; i++) {
                    double diag = (i == 0 || i == d - 1) ? 1 : 1 + rho * rho;
                    double qx = diag * x[i];
                    if (i > 0) qx -= rho * x[i - 1];
                    if (i < d - 1) qx -= rho * x[i + 1];
                    qx *= c;
                    g[i] = -qx;
                    quad += x[i] * qx;
                }
                return -0.5 * quad;
            }
        };
    }

    /** Independent Gaussians $N(\mu_i, \sigma_i^2)$ (normalising constant dropped). */
    static LogDensity independent(double[] mu, double[] sigma) {
        int d = sigma.length;
        return new LogDensity() {
            @Override public int dimension() { return d; }
            @Override public double logDensity(double[] x) { return logDensityGradient(x, new double[d]); }
            @Override public double logDensityGradient(double[] x, double[] g) {
                double lp = 0;
                for (int i = 0; i < d; i++) {
                    double z = (x[i] - mu[i]) / sigma[i];
                    lp -= 0.5 * z * z;
                    g[i] = -z / sigma[i];
                }
                return lp;
            }
        };
    }

    /** Standard normal in {@code d} dimensions. */
    static LogDensity standardNormal(int d) {
        double[] mu = new double[d], s = new double[d];
        java.util.Arrays.fill(s, 1.0);
        return independent(mu, s);
    }

    /** Bivariate Gaussian, unit variances... scaled by {@code sd}, correlation {@code r}. */
    static LogDensity bivariate(double sd1, double sd2, double r) {
        double det = 1 - r * r;
        return new LogDensity() {
            @Override public int dimension() { return 2; }
            @Override public double logDensity(double[] x) { return logDensityGradient(x, new double[2]); }
            @Override public double logDensityGradient(double[] x, double[] g) {
                double a = x[0] / sd1, b = x[1] / sd2;
                double quad = (a * a - 2 * r * a * b + b * b) / det;
                g[0] = -(a - r * b) / det / sd1;
                g[1] = -(b - r * a) / det / sd2;
                return -0.5 * quad;
            }
        };
    }

    /** $y = \log x$, $x\sim\mathrm{Gamma}(2, 1)$: $\log p(y) = 2y - e^y$ (skewed, one-dimensional). */
    static LogDensity logGamma2() {
        return new LogDensity() {
            @Override public int dimension() { return 1; }
            @Override public double logDensity(double[] y) { return 2 * y[0] - Math.exp(y[0]); }
            @Override public double logDensityGradient(double[] y, double[] g) {
                g[0] = 2 - Math.exp(y[0]);
                return logDensity(y);
            }
        };
    }

    /** CDF of {@link #logGamma2()}: $1 - e^{-x}(1 + x)$ at $x = e^y$. */
    static double logGamma2Cdf(double y) {
        double x = Math.exp(y);
        return -Math.expm1(-x) - x * Math.exp(-x);
    }

    static final double[] SCHOOLS_Y = {28, 8, -3, 7, -1, 1, 18, 12};
    static final double[] SCHOOLS_SIGMA = {15, 10, 16, 11, 9, 11, 10, 18};

    /**
     * Eight schools, centred: $\mu\sim N(0,5)$, $\tau\sim\mathrm{HalfCauchy}(0,5)$ sampled as
     * $\log\tau$ (Jacobian $+\log\tau$), $\theta_j\sim N(\mu,\tau)$, $y_j\sim N(\theta_j,\sigma_j)$.
     * Coordinates $(\mu, \log\tau, \theta_1..\theta_8)$.
     */
    static LogDensity eightSchoolsCentred() {
        return new LogDensity() {
            @Override public int dimension() { return 10; }
            @Override public double logDensity(double[] x) { return logDensityGradient(x, new double[10]); }
            @Override public double logDensityGradient(double[] x, double[] g) {
                double mu = x[0], logTau = x[1], tau = Math.exp(logTau);
                double lp = -0.5 * (mu / 5) * (mu / 5);
                g[0] = -mu / 25;
                // half-Cauchy(0, 5) on tau plus log-Jacobian log(tau)
                lp += -Math.log1p((tau / 5) * (tau / 5)) + logTau;
                g[1] = -2 * tau * tau / (25 + tau * tau) + 1;
                for (int j = 0; j < 8; j++) {
                    double theta = x[2 + j];
                    double z = (theta - mu) / tau;
                    lp += -0.5 * z * z - logTau;
                    g[0] += z / tau;
                    g[1] += z * z - 1;
                    double r = (SCHOOLS_Y[j] - theta) / SCHOOLS_SIGMA[j];
                    lp += -0.5 * r * r;
                    g[2 + j] = -z / tau + r / SCHOOLS_SIGMA[j];
                }
                return lp;
            }
        };
    }

    /** Eight schools, non-centred: $\theta_j = \mu + \tau\eta_j$, $\eta_j\sim N(0,1)$; coordinates $(\mu, \log\tau, \eta)$. */
    static LogDensity eightSchoolsNonCentred() {
        return new LogDensity() {
            @Override public int dimension() { return 10; }
            @Override public double logDensity(double[] x) { return logDensityGradient(x, new double[10]); }
            @Override public double logDensityGradient(double[] x, double[] g) {
                double mu = x[0], logTau = x[1], tau = Math.exp(logTau);
                double lp = -0.5 * (mu / 5) * (mu / 5);
                g[0] = -mu / 25;
                lp += -Math.log1p((tau / 5) * (tau / 5)) + logTau;
                g[1] = -2 * tau * tau / (25 + tau * tau) + 1;
                for (int j = 0; j < 8; j++) {
                    double eta = x[2 + j];
                    lp += -0.5 * eta * eta;
                    double theta = mu + tau * eta;
                    double r = (SCHOOLS_Y[j] - theta) / SCHOOLS_SIGMA[j];
                    lp += -0.5 * r * r;
                    double dTheta = r / SCHOOLS_SIGMA[j];
                    g[0] += dTheta;
                    g[1] += dTheta * tau * eta;
                    g[2 + j] = -eta + dTheta * tau;
                }
                return lp;
            }
        };
    }
}
