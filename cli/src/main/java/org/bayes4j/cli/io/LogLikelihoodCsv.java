package org.bayes4j.cli.io;

import java.util.List;

/**
 * A pointwise log-likelihood matrix read from a CSV file: {@code logLik[s][i]}
 * is $\log p(y_i \mid \theta^{(s)})$ for draw $s$ and observation $i$, the
 * input of PSIS-LOO and WAIC (Vehtari, Gelman and Gabry 2017, Section 2).
 *
 * @param source       the file, as named in messages
 * @param observations the observation column names, in order
 * @param logLik       draw by observation, every entry finite
 * @param chainId      chain of each draw (draws of a chain contiguous, chains of
 *                     equal length), or {@code null} when the file has no
 *                     {@code chain} column and the chains are unknown
 */
public record LogLikelihoodCsv(String source, List<String> observations, double[][] logLik, int[] chainId) {

    public LogLikelihoodCsv {
        observations = List.copyOf(observations);
    }

    public int numDraws() { return logLik.length; }

    public int numObservations() { return observations.size(); }

    /** Number of distinct chains; 1 when the chains are unknown. */
    public int numChains() {
        if (chainId == null) return 1;
        int chains = 1;
        for (int s = 1; s < chainId.length; s++) if (chainId[s] != chainId[s - 1]) chains++;
        return chains;
    }

    public boolean hasChains() { return chainId != null; }
}
