package org.bayes4j.diagnostics.loo;

import org.bayes4j.diagnostics.convergence.EffectiveSampleSize;
import org.bayes4j.diagnostics.convergence.GeyerTruncation;

/**
 * The effective sample size of {@link EffectiveSampleSize#ess(double[][])} for
 * one observation's chains, with the autocovariances computed only at the lags
 * Geyer's initial positive sequence actually reads.
 *
 * <p>The sequence stops at the first pair of lags whose autocorrelations sum to
 * a non-positive value, which for well-mixing chains is within a few lags; each
 * lag costs one direct sum {@code gamma_t = (1/n) sum_{i < n - t} (x_i - xbar)(x_{i+t} - xbar)}
 * over every chain, so the whole is O(T n) rather than the O(n log n) of the
 * transform at every lag. Past {@link #MAX_DIRECT_LAG} lags (slowly mixing
 * chains) it hands over to {@link EffectiveSampleSize#ess(double[][])}. The value is
 * the same up to rounding. Buffers are reused: one instance per thread.
 */
final class LaggedEss {

    static final int MAX_DIRECT_LAG = 48;

    private final int chains;
    private final int n;
    private final double[] centred;
    private final double[] acov;
    private final double[] rho;
    private final double[] chainMeans;
    private int computed;

    LaggedEss(int chains, int n) {
        this.chains = chains;
        this.n = n;
        centred = new double[chains * n];
        acov = new double[MAX_DIRECT_LAG + 3];
        rho = new double[MAX_DIRECT_LAG + 2];
        chainMeans = new double[chains];
    }

    /**
     * ESS of the chains {@code x[c * n + t]} (chain c, iteration t); NaN when
     * undefined ({@code n < 3}, a non-finite value, or all values within one
     * machine epsilon of each other after multiplying by {@code scale}).
     */
    double ess(double[] x, double scale) {
        if (n < 3) return Double.NaN;
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < chains * n; i++) {
            double v = x[i];
            if (!Double.isFinite(v)) return Double.NaN;
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        if (!((hi - lo) * scale >= Math.ulp(1.0))) return Double.NaN;
        for (int c = 0; c < chains; c++) {
            int off = c * n;
            double sum = 0;
            for (int t = 0; t < n; t++) sum += x[off + t];
            double mean = sum / n;
            double residual = 0;
            for (int t = 0; t < n; t++) residual += x[off + t] - mean;
            mean += residual / n;
            chainMeans[c] = mean;
            for (int t = 0; t < n; t++) centred[off + t] = x[off + t] - mean;
        }
        computed = 0;
        double meanVar = acov(0) * n / (n - 1);
        double varPlus = meanVar * (n - 1) / n + (chains > 1 ? variance(chainMeans) : 0);
        double total = (double) chains * n;
        double tau = GeyerTruncation.integratedTime(t -> 1 - (meanVar - acov(t)) / varPlus, n, MAX_DIRECT_LAG, rho, total);
        if (Double.isNaN(tau)) return fallback(x, scale);
        return total / tau;
    }

    /**
     * Chain-averaged biased autocovariance at lag t, computed on first use, two
     * lags per pass with separate accumulators (independent addition chains run in
     * parallel in the processor; one chain would wait on each addition).
     */
    private double acov(int lag) {
        while (computed <= lag) {
            int l = computed;
            double total0 = 0;
            double total1 = 0;
            for (int c = 0; c < chains; c++) {
                int off = c * n;
                double s0 = 0;
                double s0b = 0;
                double s1 = 0;
                double s1b = 0;
                int end = n - l - 1;
                int i = 0;
                for (; i + 1 < end; i += 2) {
                    double ci = centred[off + i];
                    double cj = centred[off + i + 1];
                    s0 += ci * centred[off + i + l];
                    s0b += cj * centred[off + i + 1 + l];
                    s1 += ci * centred[off + i + l + 1];
                    s1b += cj * centred[off + i + 2 + l];
                }
                for (; i < end; i++) {
                    s0 += centred[off + i] * centred[off + i + l];
                    s1 += centred[off + i] * centred[off + i + l + 1];
                }
                // lag l has one more term than lag l + 1
                s0 += centred[off + end] * centred[off + end + l];
                total0 += (s0 + s0b) / n;
                total1 += (s1 + s1b) / n;
            }
            acov[l] = total0 / chains;
            if (l + 1 < acov.length) acov[l + 1] = total1 / chains;
            computed += 2;
        }
        return acov[lag];
    }

    private double fallback(double[] x, double scale) {
        double[][] byChain = new double[chains][n];
        for (int c = 0; c < chains; c++) {
            for (int t = 0; t < n; t++) byChain[c][t] = x[c * n + t] * scale;
        }
        return EffectiveSampleSize.ess(byChain);
    }

    private static double variance(double[] v) {
        return org.bayes4j.diagnostics.convergence.Moments.variance(v);
    }
}
