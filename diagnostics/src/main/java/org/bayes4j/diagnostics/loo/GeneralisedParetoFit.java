package org.bayes4j.diagnostics.loo;

/**
 * Fit of the generalised Pareto distribution
 * {@code F(x) = 1 - (1 + k x / sigma)^(-1/k)}, x &gt; 0, to exceedances over a
 * threshold, by the empirical-Bayes method of Zhang and Stephens (2009,
 * Technometrics 51(3), Section 4), as {@code loo::gpdfit}.
 *
 * <p>In the parameterisation {@code theta = -k / sigma} the profile log likelihood
 * is {@code l(theta) = N (log(theta / k(theta)) - k(theta) - 1)} with
 * {@code k(theta) = -mean(log(1 - theta x))} (sign conventions as Zhang and Stephens,
 * whose k is minus ours). Its posterior mean is computed on the grid
 * {@code theta_j = 1/x_(N) + (1 - sqrt(M/(j - 1/2))) / (3 x*)}, j = 1..M,
 * {@code M = 30 + floor(sqrt N)}, {@code x*} the first quartile, weighting each point
 * by its normalised likelihood. Then {@code k = mean(log(1 - theta x))},
 * {@code sigma = -k / theta}, and k is shrunk towards 0.5 by a weakly informative
 * prior worth 10 observations (Vehtari et al. 2024, Appendix C):
 * {@code k <- (N k + 10 * 0.5) / (N + 10)}.
 *
 * @param k     shape (tail index); {@code Infinity} when the fit failed
 * @param sigma scale
 */
record GeneralisedParetoFit(double k, double sigma) {

    private static final int MIN_GRID_POINTS = 30;
    private static final double PRIOR = 3;
    private static final double PRIOR_WEIGHT = 10;

    /** Fits exceedances {@code x}, sorted ascending and positive. */
    static GeneralisedParetoFit fit(double[] x) { return fit(x, x.length); }

    /**
     * Fits the first {@code n} entries of {@code x} (sorted ascending, positive). The
     * means {@code k(theta)} come from {@link MeanLogOnePlus}; the grid keeps
     * {@code theta < 1 / max x}, so every {@code 1 - theta x} is positive.
     */
    static GeneralisedParetoFit fit(double[] x, int n) { return fit(x, n, LooKernels.SELECTED); }

    /** As {@link #fit(double[], int)}, with the given kernels for the means. */
    static GeneralisedParetoFit fit(double[] x, int n, LooKernels kernels) {
        int m = MIN_GRID_POINTS + (int) Math.floor(Math.sqrt(n));
        double firstQuartile = x[(int) Math.floor(n / 4.0 + 0.5) - 1];
        double[] theta = new double[m];
        double[] logLik = new double[m];
        for (int j = 0; j < m; j++) {
            theta[j] = 1 / x[n - 1] + (1 - Math.sqrt(m / (j + 0.5))) / PRIOR / firstQuartile;
            double kj = MeanLogOnePlus.of(-theta[j], x, n, kernels);
            logLik[j] = n * (Math.log(-theta[j] / kj) - kj - 1);
        }
        double logNorm = LogSumExp.of(logLik);
        double thetaHat = 0;
        for (int j = 0; j < m; j++) thetaHat += theta[j] * Math.exp(logLik[j] - logNorm);
        double k = MeanLogOnePlus.of(-thetaHat, x, n, kernels);
        double sigma = -k / thetaHat;
        k = k * n / (n + PRIOR_WEIGHT) + PRIOR_WEIGHT * 0.5 / (n + PRIOR_WEIGHT);
        if (Double.isNaN(k)) k = Double.POSITIVE_INFINITY;
        return new GeneralisedParetoFit(k, sigma);
    }

    /** Quantile function {@code sigma ((1 - p)^(-k) - 1) / k}; NaN for a non-positive scale. */
    double quantile(double p) { return quantileAtLogSurvival(LogOnePlus.log1p(-p)); }

    /** Whether the scale is a positive number, which the quantiles need. */
    boolean hasPositiveScale() { return sigma > 0; }

    /** The quantile at p given {@code log(1 - p)}, for callers that reuse the logarithms of a fixed set of p. */
    double quantileAtLogSurvival(double logOneMinusP) {
        if (Double.isNaN(sigma) || sigma <= 0) return Double.NaN;
        return sigma * LogOnePlus.expm1(-k * logOneMinusP) / k;
    }
}
