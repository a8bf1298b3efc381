package org.bayes4j.spi.diagnostic;

/**
 * PSIS-LOO, WAIC and plain PSIS over a pointwise log-likelihood matrix
 * ({@code ServiceLoader} service), as the R package {@code loo}.
 *
 * <p><b>Laws.</b> Agrees with {@code loo} (2.5.1) on elpd, p, information criteria,
 * their SEs, pointwise values and Pareto k to about 1e-6 relative. {@code logLik[s][i]}
 * is draw s (chains concatenated in order), observation i; a non-finite entry is an
 * error naming draw and observation. Observations whose k-hat exceeds
 * {@link LooResult#kThreshold()} are named in a plain-words warning.
 *
 * <p><b>Threading.</b> Stateless; safe to call concurrently.
 */
public interface LooProvider {

    /**
     * PSIS-LOO with relative efficiencies {@code r_eff_i = ESS(exp(logLik[., i])) / S}
     * computed from the chains (ESS of the unsplit chains, as {@code loo::relative_eff}).
     * @param chainId chain of each draw (draws of a chain contiguous, chains of equal length)
     */
    LooResult loo(double[][] logLik, int[] chainId);

    /** PSIS-LOO with given relative efficiencies (all ones when they are unknown). */
    LooResult loo(double[][] logLik, double[] relativeEfficiency);

    WaicResult waic(double[][] logLik);

    /** PSIS of one vector of log importance ratios with relative efficiency {@code rEff}. */
    PsisResult psis(double[] logRatios, double rEff);
}
