package org.bayes4j.diagnostics.convergence;

import java.util.function.IntToDoubleFunction;

/**
 * The integrated autocorrelation time from estimated autocorrelations, truncated
 * as in {@code posterior}'s {@code .ess} (Geyer 1992; Vehtari et al. 2021, Section 3.2):
 * pairs {@code rho_{2k} + rho_{2k+1}} are accepted while positive (initial positive
 * sequence), then each pair is capped at the one before it (initial monotone
 * sequence); {@code tau = -1 + 2 sum_{t < T} rho_t + rho_T}, the last term being
 * Vehtari's improvement for antithetic chains, bounded below by {@code 1 / log10(MN)}.
 *
 * <p>One implementation serves both the transform-based ESS of
 * {@link EffectiveSampleSize} and the lazy per-lag ESS of the PSIS-LOO path, so the
 * two cannot drift apart.
 */
public final class GeyerTruncation {

    private GeyerTruncation() {}

    /**
     * {@code tau}, given {@code rho.applyAsDouble(t)} for lags {@code t >= 1} (lag 0 is 1).
     *
     * @param n       draws per chain (the sequence never reads lags past {@code n - 4})
     * @param maxLag  largest lag the caller can supply; when the sequence would read a
     *                larger one the result is NaN so the caller can fall back
     * @param scratch at least {@code min(n, maxLag + 2)} doubles, overwritten
     * @param total   the number of draws {@code M N}, for the lower bound on {@code tau}
     */
    public static double integratedTime(IntToDoubleFunction rho, int n, int maxLag, double[] scratch, double total) {
        int size = Math.min(n, maxLag + 2);
        java.util.Arrays.fill(scratch, 0, size, 0.0); // lags the sequence rejects stay 0
        scratch[0] = 1;
        double even = 1;
        double odd = rho.applyAsDouble(1);
        scratch[1] = odd;
        int t = 0;
        while (t < n - 5 && !Double.isNaN(even + odd) && even + odd > 0) {
            t += 2;
            if (t + 1 > maxLag) return Double.NaN;
            even = rho.applyAsDouble(t);
            odd = rho.applyAsDouble(t + 1);
            if (even + odd >= 0) {
                scratch[t] = even;
                scratch[t + 1] = odd;
            }
        }
        int maxT = t;
        if (even > 0) scratch[maxT] = even;
        t = 0;
        while (t <= maxT - 4) {
            t += 2;
            if (scratch[t] + scratch[t + 1] > scratch[t - 2] + scratch[t - 1]) {
                scratch[t] = (scratch[t - 2] + scratch[t - 1]) / 2;
                scratch[t + 1] = scratch[t];
            }
        }
        double sum = 0;
        // R's rho[1:max_t] with max_t = 0 selects the first element only
        for (int k = 0; k < Math.max(maxT, 1); k++) sum += scratch[k];
        double tau = -1 + 2 * sum + scratch[maxT];
        return Math.max(tau, 1 / Math.log10(total));
    }
}
