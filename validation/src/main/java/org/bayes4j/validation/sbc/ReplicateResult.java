package org.bayes4j.validation.sbc;

import java.util.List;

/**
 * What one SBC replicate leaves behind: for each checked quantity (scalar
 * parameter elements, then {@code log_lik}) the truth, its rank among the
 * thinned posterior draws, the randomised PIT value, and the posterior
 * summaries recovery needs; plus the fit's diagnostics. A replicate whose fit
 * failed has {@code failure} set and empty arrays.
 *
 * @param thinnedDraws   {@code L}: ranks run from 0 to {@code L}
 * @param pit            {@code (rank + V) / (L + 1)}, {@code V ~ U(0,1)}: exactly uniform when the rank is uniform on 0..L
 * @param covered50      truth inside the central 50% posterior interval (all kept draws)
 * @param maxRhat        largest rank-normalised R-hat over the checked parameters (NaN if undefined)
 * @param minEssBulk     smallest bulk ESS over the checked parameters, which sets the thinning
 * @param thin           thinning interval applied within each chain
 * @param work           gradient evaluations times (dimension + log-likelihood terms): a machine-independent cost
 */
public record ReplicateResult(int replicate, List<String> quantities, double[] truth, int[] rank, int thinnedDraws, double[] pit,
                              double[] mean, double[] sd, boolean[] covered50, boolean[] covered90, long divergences,
                              double maxRhat, double minEssBulk, int thin, double work, double seconds, String failure) {

    public ReplicateResult {
        quantities = List.copyOf(quantities);
    }

    public boolean failed() { return failure != null; }

    public static ReplicateResult failed(int replicate, String why, double seconds) {
        return new ReplicateResult(replicate, List.of(), new double[0], new int[0], 0, new double[0], new double[0], new double[0],
                new boolean[0], new boolean[0], 0, Double.NaN, Double.NaN, 0, 0, seconds, why);
    }
}
