package org.bayes4j.diagnostics.loo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.bayes4j.spi.diagnostic.LooResult;

/**
 * Leave-one-out cross-validation by Pareto smoothed importance sampling
 * (Vehtari, Gelman and Gabry 2017, Statistics and Computing 27, Section 2.1).
 *
 * <p>For observation i the raw importance ratios of the full posterior to the
 * leave-i-out posterior are {@code r_s = 1 / p(y_i | theta_s)}; PSIS smooths them into
 * weights {@code w_s}, and {@code elpd_loo_i = log(sum_s w_s p(y_i | theta_s) / sum_s w_s)}.
 * With the in-sample {@code lpd_i = log((1/S) sum_s p(y_i | theta_s))}, the effective
 * number of parameters is {@code p_loo_i = lpd_i - elpd_loo_i}; {@code looic = -2 elpd_loo}.
 *
 * <p>One pass over the observations: each column of the matrix is gathered
 * ({@link ColumnBlocks}), checked and prepared ({@link LooColumn}), given its relative
 * efficiency from the chains when asked ({@link LaggedEss}), and smoothed. The
 * finiteness of the entries is checked on the way, in that same pass.
 */
public final class PsisLoo {

    private PsisLoo() {}

    public static LooResult compute(double[][] logLik, double[] rEff) { return compute(logLik, rEff, LooKernels.SELECTED); }

    /** As {@link #compute(double[][], double[])}, with the given kernels. */
    static LooResult compute(double[][] logLik, double[] rEff, LooKernels kernels) {
        LogLikelihoodMatrix.validateShape("loo", logLik);
        int n = logLik[0].length;
        if (rEff.length != n) {
            throw new IllegalArgumentException("loo: r_eff has " + rEff.length + " entries, but there are " + n + " observations");
        }
        for (int i = 0; i < n; i++) {
            if (!(rEff[i] > 0)) throw new IllegalArgumentException("loo: r_eff[" + i + "] is " + rEff[i] + ", but must be positive");
        }
        return run(logLik, rEff, null, kernels);
    }

    /** PSIS-LOO with each observation's relative efficiency computed from its chains on the way. */
    public static LooResult compute(double[][] logLik, int[] chainId) { return compute(logLik, chainId, LooKernels.SELECTED); }

    /** As {@link #compute(double[][], int[])}, with the given kernels. */
    static LooResult compute(double[][] logLik, int[] chainId, LooKernels kernels) {
        LogLikelihoodMatrix.validateShape("loo", logLik);
        return run(logLik, new double[logLik[0].length], chainId, kernels);
    }

    private static LooResult run(double[][] logLik, double[] rEff, int[] chainId, LooKernels kernels) {
        int s = logLik.length;
        int n = logLik[0].length;
        ChainEfficiency chains = chainId == null ? null : new ChainEfficiency(s, chainId, kernels);
        LooColumn column = new LooColumn(s, kernels);
        double[] elpd = new double[n];
        double[] p = new double[n];
        double[] looic = new double[n];
        double[] k = new double[n];
        double[] nEff = new double[n];
        ColumnBlocks.forEach(logLik, (i, ll) -> {
            if (!column.prepare(ll)) throw LogLikelihoodMatrix.firstNonFinite("loo", logLik);
            if (chains != null) rEff[i] = chains.relativeEfficiency(column.scaledLikelihoods(), column.maxLogLik());
            column.loo(rEff[i]);
            elpd[i] = column.elpd;
            p[i] = column.lpd - column.elpd;
            looic[i] = -2 * elpd[i];
            k[i] = column.k;
            nEff[i] = column.nEff;
        });
        double[] e = LogLikelihoodMatrix.estimate(elpd);
        double[] pe = LogLikelihoodMatrix.estimate(p);
        double[] ic = LogLikelihoodMatrix.estimate(looic);
        double threshold = ParetoSmoothedImportanceSampling.kThreshold(s);
        return new LooResult(e[0], e[1], pe[0], pe[1], ic[0], ic[1], elpd, p, k, nEff, rEff, threshold, warnings(k, threshold));
    }

    /** {@link RelativeEfficiency} of one observation at a time, with the chains' draw order and buffers fixed once. */
    private static final class ChainEfficiency {
        private final int[] order;
        private final boolean inOrder;
        private final LaggedEss ess;
        private final double[] chainOrdered;

        ChainEfficiency(int s, int[] chainId, LooKernels kernels) {
            order = RelativeEfficiency.drawOrder(s, chainId);
            int chains = RelativeEfficiency.chainCount(chainId);
            ess = new LaggedEss(chains, s / chains, kernels);
            chainOrdered = new double[s];
            boolean identity = true;
            for (int t = 0; t < s; t++) identity &= order[t] == t;
            inOrder = identity;
        }

        /** r_eff from {@code x = exp(ll - logScale)} in draw order. */
        double relativeEfficiency(double[] x, double logScale) {
            if (inOrder) return RelativeEfficiency.fromScaled(ess, x, logScale);
            for (int t = 0; t < x.length; t++) chainOrdered[t] = x[order[t]];
            return RelativeEfficiency.fromScaled(ess, chainOrdered, logScale);
        }
    }

    static List<String> warnings(double[] k, double threshold) {
        List<Integer> high = new ArrayList<>();
        for (int i = 0; i < k.length; i++) if (k[i] > threshold) high.add(i);
        List<String> out = new ArrayList<>();
        if (high.isEmpty()) return out;
        StringBuilder which = new StringBuilder();
        for (int j = 0; j < Math.min(10, high.size()); j++) {
            if (j > 0) which.append(", ");
            which.append(high.get(j)).append(String.format(Locale.ROOT, " (k = %.2f)", k[high.get(j)]));
        }
        if (high.size() > 10) which.append(", and ").append(high.size() - 10).append(" more");
        out.add(String.format(Locale.ROOT,
                "%d of %d observations have Pareto k above %.2f; their leave-one-out estimates are unreliable: observations %s; "
                        + "consider K-fold cross-validation or moment matching", high.size(), k.length, threshold, which));
        return out;
    }
}
