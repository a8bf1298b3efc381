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
 * value is the same up to rounding. The passes over each chain (sums, centring, lag
 * sums) are {@link LooKernels}. Buffers are reused: one instance per thread.
 */
final class LaggedEss {

    static final int MAX_DIRECT_LAG = 48;
    /** Pairs of lags whose sums one pass over the chains computes. */
    private static final int PAIRS_PER_PASS = 4;
    private static final double ULP_OF_ONE = Math.ulp(1.0);

    private final int chains;
    private final int n;
    private final double[] centred;
    /** {@code z_j}, the centred draw plus the next one of its chain. */
    private final double[] pairSummed;
    /** {@code pairAcov[p] = gamma_{2p} + gamma_{2p+1}}, chain-averaged. */
    private final double[] pairAcov;
    private final double[] rho;
    private final double[] chainMeans;
    private final LooKernels kernels;
    /** The draws' smallest and largest value, from {@link LooKernels#sumAndRange}. */
    private final double[] range = new double[2];
    /** One pass's four pair sums, from {@link LooKernels#pairSums}. */
    private final double[] quad = new double[PAIRS_PER_PASS];
    private int computedPairs;

    LaggedEss(int chains, int n) { this(chains, n, LooKernels.SELECTED); }

    LaggedEss(int chains, int n, LooKernels kernels) {
        this.kernels = kernels;
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
        range[0] = x[0];
        range[1] = x[0];
        for (int c = 0; c < chains; c++) {
            double sum = kernels.sumAndRange(x, c * n, n, range);
            // the comparisons may miss a NaN, but not the sum
            if (!Double.isFinite(sum)) return Double.NaN;
            chainMeans[c] = sum / n;
        }
        if (!((range[1] - range[0]) * scale >= ULP_OF_ONE)) return Double.NaN;
        for (int c = 0; c < chains; c++) {
            int off = c * n;
            // R's two-pass mean: add the mean residual
            double mean = chainMeans[c] + kernels.residualSum(x, off, n, chainMeans[c]) / n;
            chainMeans[c] = mean;
            kernels.centreAndPair(x, off, n, mean, centred, pairSummed);
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
     * over {@code i < n - l - 2q} and over the chains ({@link LooKernels#pairSums}); a lag of
     * n or more has no terms and is 0.
     */
    private void pairBlock(int p) {
        java.util.Arrays.fill(quad, 0);
        for (int c = 0; c < chains; c++) kernels.pairSums(centred, pairSummed, c * n, n, 2 * p, quad);
        double terms = (double) n * chains;
        for (int q = 0; q < PAIRS_PER_PASS; q++) pairAcov[p + q] = quad[q] / terms;
    }

    /** {@code sum_c sum_{i < n - t} x_i x_{i+t}} over the centred chains. */
    private double lagSum(int t) {
        double sum = 0;
        for (int c = 0; c < chains; c++) sum += kernels.lagSum(centred, c * n, n, t);
        return sum;
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
