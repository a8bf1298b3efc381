package org.bayes4j.diagnostics.loo;

import org.bayes4j.diagnostics.convergence.EffectiveSampleSize;
import org.bayes4j.diagnostics.convergence.GeyerTruncation;

/**
 * The effective sample size of {@link EffectiveSampleSize#ess(double[][])} for
 * one observation's chains, with the autocovariances computed only at the lags
 * Geyer's initial positive sequence actually reads.
 *
 * <p>The sequence stops at the first pair of lags whose autocorrelations sum to
 * a non-positive value, which for well-mixing chains is within a few lags; and it
 * reads the lags in pairs (t, t + 1), t even ({@link GeyerTruncation#integratedTimeFromPairs}).
 * The two autocovariances of a pair share the first factor of their terms:
 * {@code gamma_t + gamma_{t+1} = (1/n) sum_{i < n - t} (x_i - xbar) z_{i+t}} with
 * {@code z_j = (x_j - xbar) + (x_{j+1} - xbar)} (and {@code x_n - xbar} taken as 0),
 * so a pair costs one direct sum over every chain, not two; only lag 0 and the lag
 * where the sequence stops are needed alone. The whole is O(T n) rather than the
 * O(n log n) of the transform at every lag. Past {@link #MAX_DIRECT_LAG} lags (slowly
 * mixing chains) it hands over to {@link EffectiveSampleSize#ess(double[][])}. The
 * value is the same up to rounding. Buffers are reused: one instance per thread.
 */
final class LaggedEss {

    static final int MAX_DIRECT_LAG = 48;
    /** Pairs of lags whose sums one pass over the chains computes. */
    private static final int PAIRS_PER_PASS = 4;

    private final int chains;
    private final int n;
    private final double[] centred;
    /** {@code z_j}, the centred draw plus the next one of its chain. */
    private final double[] pairSummed;
    /** {@code pairAcov[p] = gamma_{2p} + gamma_{2p+1}}, chain-averaged. */
    private final double[] pairAcov;
    private final double[] rho;
    private final double[] chainMeans;
    private int computedPairs;

    LaggedEss(int chains, int n) {
        this.chains = chains;
        this.n = n;
        centred = new double[chains * n];
        pairSummed = new double[chains * n];
        pairAcov = new double[MAX_DIRECT_LAG / 2 + 1 + PAIRS_PER_PASS];
        rho = new double[MAX_DIRECT_LAG / 2 + 2];
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
            // elementwise loops, which the compiler can turn into vector instructions
            for (t = 0; t < n; t++) centred[off + t] = x[off + t] - mean;
            for (t = 0; t < n - 1; t++) pairSummed[off + t] = centred[off + t] + centred[off + t + 1];
            pairSummed[off + n - 1] = centred[off + n - 1];
        }
        computedPairs = 0;
        double terms = (double) n * chains;
        double acov0 = lagSum(0) / terms;
        double meanVar = acov0 * n / (n - 1);
        double varPlus = meanVar * (n - 1) / n + (chains > 1 ? variance(chainMeans) : 0);
        double total = (double) chains * n;
        // rho_t = 1 - (meanVar - gamma_t) / varPlus, so a pair sums to 2 - (2 meanVar - gamma_t - gamma_{t+1}) / varPlus
        double tau = GeyerTruncation.integratedTimeFromPairs(
                // rho_0 is 1 by definition, so the first pair is 1 + rho_1, with gamma_1 = (gamma_0 + gamma_1) - gamma_0
                t -> t == 0 ? 2 - (meanVar - (pairAcov(0) - acov0)) / varPlus : 2 - (2 * meanVar - pairAcov(t / 2)) / varPlus,
                t -> 1 - (meanVar - lagSum(t) / terms) / varPlus, n, MAX_DIRECT_LAG, rho, total);
        if (Double.isNaN(tau)) return fallback(x, scale);
        return total / tau;
    }

    /**
     * Chain-averaged {@code gamma_{2p} + gamma_{2p+1}}, computed on first use,
     * {@link #PAIRS_PER_PASS} pairs per pass ({@link #pairBlock}).
     */
    private double pairAcov(int p) {
        while (computedPairs <= p) {
            pairBlock(computedPairs);
            computedPairs += PAIRS_PER_PASS;
        }
        return pairAcov[p];
    }

    /**
     * {@code pairAcov[p..p+3]}: with {@code l = 2p}, the sums {@code x_i z_{i+l+2q}}, q = 0..3,
     * over {@code i < n - l - 2q}; a lag of n or more has no terms and is 0. Each draw
     * {@code x_i} is loaded once for its four products, and with two draws per step the
     * eight sums are independent addition chains that the processor runs in parallel (one
     * chain would wait on each addition). Each term is a plain product and sum
     * ({@link Math#fma} is avoided: without hardware FMA the JDK computes it in software,
     * orders of magnitude slower).
     */
    private void pairBlock(int p) {
        int l = 2 * p;
        double total0 = 0;
        double total1 = 0;
        double total2 = 0;
        double total3 = 0;
        for (int c = 0; c < chains; c++) {
            int off = c * n;
            // even i in s*, odd i in u*
            double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
            double u0 = 0, u1 = 0, u2 = 0, u3 = 0;
            // below `all`, i + l + 6 < n: every one of the four pairs has its term
            int all = n - l - 6;
            int i = 0;
            if (all > 1) {
                // z_{i+l..i+l+5}, carried from one step to the next: two loads of z per step, not eight
                int j = off + l;
                double z0 = pairSummed[j];
                double z1 = pairSummed[j + 1];
                double z2 = pairSummed[j + 2];
                double z3 = pairSummed[j + 3];
                double z4 = pairSummed[j + 4];
                double z5 = pairSummed[j + 5];
                for (; i + 1 < all; i += 2) {
                    double x0 = centred[off + i];
                    double x1 = centred[off + i + 1];
                    double z6 = pairSummed[off + i + l + 6];
                    double z7 = pairSummed[off + i + l + 7];
                    // eight independent sums of products
                    s0 += x0 * z0;
                    s1 += x0 * z2;
                    s2 += x0 * z4;
                    s3 += x0 * z6;
                    u0 += x1 * z1;
                    u1 += x1 * z3;
                    u2 += x1 * z5;
                    u3 += x1 * z7;
                    z0 = z2;
                    z1 = z3;
                    z2 = z4;
                    z3 = z5;
                    z4 = z6;
                    z5 = z7;
                }
            }
            for (; i < n - l; i++) {
                double xi = centred[off + i];
                int j = off + i + l;
                s0 += xi * pairSummed[j];
                if (i + l + 2 < n) s1 += xi * pairSummed[j + 2];
                if (i + l + 4 < n) s2 += xi * pairSummed[j + 4];
                if (i + l + 6 < n) s3 += xi * pairSummed[j + 6];
            }
            total0 += s0 + u0;
            total1 += s1 + u1;
            total2 += s2 + u2;
            total3 += s3 + u3;
        }
        double terms = (double) n * chains;
        pairAcov[p] = total0 / terms;
        pairAcov[p + 1] = total1 / terms;
        pairAcov[p + 2] = total2 / terms;
        pairAcov[p + 3] = total3 / terms;
    }

    /** {@code sum_c sum_{i < n - t} x_i x_{i+t}} over the centred chains, in four interleaved sums. */
    private double lagSum(int t) {
        double sum0 = 0;
        double sum1 = 0;
        double sum2 = 0;
        double sum3 = 0;
        for (int c = 0; c < chains; c++) {
            int off = c * n;
            int i = 0;
            for (; i + 3 < n - t; i += 4) {
                int j = off + i;
                sum0 += centred[j] * centred[j + t];
                sum1 += centred[j + 1] * centred[j + 1 + t];
                sum2 += centred[j + 2] * centred[j + 2 + t];
                sum3 += centred[j + 3] * centred[j + 3 + t];
            }
            for (; i < n - t; i++) sum0 += centred[off + i] * centred[off + i + t];
        }
        return (sum0 + sum1) + (sum2 + sum3);
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
