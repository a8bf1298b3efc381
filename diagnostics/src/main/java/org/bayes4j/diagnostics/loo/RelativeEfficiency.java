package org.bayes4j.diagnostics.loo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bayes4j.diagnostics.convergence.EffectiveSampleSize;

/**
 * Relative efficiency of MCMC draws for importance sampling, as
 * {@code loo::relative_eff}: {@code r_eff_i = ESS(exp(logLik[., i])) / S}, the ESS
 * computed over the unsplit chains with the autocovariance estimator of
 * {@link EffectiveSampleSize} (Vehtari, Gelman and Gabry 2017, Section 3.2). PSIS
 * uses it to lengthen the Pareto tail for autocorrelated draws.
 *
 * <p>The ESS is invariant to rescaling the draws, so the likelihoods are taken
 * as {@code exp(logLik - max)} (no underflow), and only the test for a constant
 * column uses the raw scale. The lags are computed lazily ({@link LaggedEss}).
 */
public final class RelativeEfficiency {

    private RelativeEfficiency() {}

    public static double[] of(double[][] logLik, int[] chainId) {
        LogLikelihoodMatrix.validate("relative_eff", logLik);
        int[] order = drawOrder(logLik.length, chainId);
        int chains = chainCount(chainId);
        int perChain = logLik.length / chains;
        int n = logLik[0].length;
        double[] out = new double[n];
        LaggedEss ess = new LaggedEss(chains, perChain);
        double[] x = new double[logLik.length];
        ColumnBlocks.forEach(logLik, (i, ll) -> {
            double max = Double.NEGATIVE_INFINITY;
            for (double v : ll) max = Math.max(max, v);
            for (int s = 0; s < order.length; s++) x[s] = Math.exp(ll[order[s]] - max);
            out[i] = fromScaled(ess, x, max);
        });
        return out;
    }

    /** r_eff from likelihoods {@code x = exp(logLik - logScale)} in chain order. */
    static double fromScaled(LaggedEss ess, double[] x, double logScale) {
        double scale = Math.exp(logScale);
        // on the raw scale some likelihood overflows, and the ESS is undefined
        if (scale == Double.POSITIVE_INFINITY) return 1;
        double r = ess.ess(x, scale) / x.length;
        // a constant likelihood has no autocorrelation to correct for
        return Double.isNaN(r) ? 1 : r;
    }

    /** Draw indices grouped by chain (chains in order of first appearance, draws in order); chains must have equal length. */
    static int[] drawOrder(int draws, int[] chainId) {
        if (chainId.length != draws) {
            throw new IllegalArgumentException("relative_eff: chain_id has " + chainId.length + " entries, but log_lik has "
                    + draws + " draws");
        }
        Map<Integer, List<Integer>> byChain = new LinkedHashMap<>();
        for (int s = 0; s < chainId.length; s++) byChain.computeIfAbsent(chainId[s], c -> new ArrayList<>()).add(s);
        int perChain = -1;
        for (var e : byChain.entrySet()) {
            if (perChain < 0) perChain = e.getValue().size();
            else if (e.getValue().size() != perChain) {
                throw new IllegalArgumentException("relative_eff: chain " + e.getKey() + " has " + e.getValue().size()
                        + " draws, but the first chain has " + perChain + "; chains must have equal length");
            }
        }
        int[] order = new int[draws];
        int j = 0;
        for (List<Integer> rows : byChain.values()) for (int s : rows) order[j++] = s;
        return order;
    }

    static int chainCount(int[] chainId) {
        return (int) java.util.Arrays.stream(chainId).distinct().count();
    }
}
