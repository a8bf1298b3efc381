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
    private static final int LAGS_PER_PASS = 4;

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
        acov = new double[MAX_DIRECT_LAG + 1 + LAGS_PER_PASS];
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
        double lo = x[0];
        double hi = x[0];
        for (int c = 0; c < chains; c++) {
            int off = c * n;
            // two sums, over even and odd t, whose additions overlap
            double sum0 = 0;
            double sum1 = 0;
            int t = 0;
            for (; t + 1 < n; t += 2) {
                double v0 = x[off + t];
                double v1 = x[off + t + 1];
                sum0 += v0;
                sum1 += v1;
                if (v0 < lo) lo = v0;
                if (v0 > hi) hi = v0;
                if (v1 < lo) lo = v1;
                if (v1 > hi) hi = v1;
            }
            if (t < n) {
                double v = x[off + t];
                sum0 += v;
                if (v < lo) lo = v;
                if (v > hi) hi = v;
            }
            double sum = sum0 + sum1;
            // the comparisons may miss a NaN, but not the sum
            if (!Double.isFinite(sum)) return Double.NaN;
            chainMeans[c] = sum / n;
        }
        if (!((hi - lo) * scale >= Math.ulp(1.0))) return Double.NaN;
        for (int c = 0; c < chains; c++) {
            int off = c * n;
            double mean = chainMeans[c];
            // R's two-pass mean: add the mean residual (two sums, over even and odd t, overlap)
            double residual0 = 0;
            double residual1 = 0;
            int t = 0;
            for (; t + 1 < n; t += 2) {
                residual0 += x[off + t] - mean;
                residual1 += x[off + t + 1] - mean;
            }
            if (t < n) residual0 += x[off + t] - mean;
            mean += (residual0 + residual1) / n;
            chainMeans[c] = mean;
            for (t = 0; t < n; t++) centred[off + t] = x[off + t] - mean;
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
     * Chain-averaged biased autocovariance at lag t, computed on first use, four
     * lags per pass: each draw {@code x_i} is loaded once for the four products
     * {@code x_i x_{i+l..i+l+3}}, and with two draws per step the eight sums are
     * independent addition chains that the processor runs in parallel (one chain
     * would wait on each addition). Each term is a plain product and sum ({@link Math#fma} is
     * avoided: without hardware FMA the JDK computes it in software, orders of
     * magnitude slower).
     */
    private double acov(int lag) {
        while (computed <= lag) {
            lagBlock(computed);
            computed += LAGS_PER_PASS;
        }
        return acov[lag];
    }

    /** {@code acov[l..l+3]}; a lag of n or more has no terms and is 0. */
    private void lagBlock(int l) {
        double total0 = 0;
        double total1 = 0;
        double total2 = 0;
        double total3 = 0;
        for (int c = 0; c < chains; c++) {
            int off = c * n;
            // even i in s*, odd i in u*
            double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
            double u0 = 0, u1 = 0, u2 = 0, u3 = 0;
            // below `all`, i + l + 3 < n: every one of the four lags has its term
            int all = n - l - 3;
            int i = 0;
            for (; i + 1 < all; i += 2) {
                double x0 = centred[off + i];
                double x1 = centred[off + i + 1];
                int j = off + i + l;
                double y0 = centred[j];
                double y1 = centred[j + 1];
                double y2 = centred[j + 2];
                double y3 = centred[j + 3];
                double y4 = centred[j + 4];
                // eight independent sums of products
                s0 += x0 * y0;
                s1 += x0 * y1;
                s2 += x0 * y2;
                s3 += x0 * y3;
                u0 += x1 * y1;
                u1 += x1 * y2;
                u2 += x1 * y3;
                u3 += x1 * y4;
            }
            for (; i < n - l; i++) {
                double xi = centred[off + i];
                int j = off + i + l;
                s0 += xi * centred[j];
                if (i + l + 1 < n) s1 += xi * centred[j + 1];
                if (i + l + 2 < n) s2 += xi * centred[j + 2];
                if (i + l + 3 < n) s3 += xi * centred[j + 3];
            }
            total0 += (s0 + u0) / n;
            total1 += (s1 + u1) / n;
            total2 += (s2 + u2) / n;
            total3 += (s3 + u3) / n;
        }
        acov[l] = total0 / chains;
        acov[l + 1] = total1 / chains;
        acov[l + 2] = total2 / chains;
        acov[l + 3] = total3 / chains;
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
