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
 */
public final class RelativeEfficiency {

    private RelativeEfficiency() {}

    public static double[] of(double[][] logLik, int[] chainId) {
        LogLikelihoodMatrix.validate("relative_eff", logLik);
        if (chainId.length != logLik.length) {
            throw new IllegalArgumentException("relative_eff: chain_id has " + chainId.length + " entries, but log_lik has "
                    + logLik.length + " draws");
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
        int chains = byChain.size();
        int n = logLik[0].length;
        double total = logLik.length;
        double[] out = new double[n];
        List<List<Integer>> rows = new ArrayList<>(byChain.values());
        for (int i = 0; i < n; i++) {
            double[][] x = new double[chains][perChain];
            for (int c = 0; c < chains; c++) {
                for (int t = 0; t < perChain; t++) x[c][t] = Math.exp(logLik[rows.get(c).get(t)][i]);
            }
            double r = EffectiveSampleSize.ess(x) / total;
            // a constant likelihood has no autocorrelation to correct for
            out[i] = Double.isNaN(r) ? 1 : r;
        }
        return out;
    }
}
