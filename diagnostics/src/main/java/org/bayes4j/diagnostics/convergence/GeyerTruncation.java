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
        return integratedTimeFromPairs(t -> t == 0 ? 1 + rho.applyAsDouble(1) : rho.applyAsDouble(t) + rho.applyAsDouble(t + 1),
                rho, n, maxLag, scratch, total);
    }

    /**
     * {@code tau} from the pair sums {@code pair.applyAsDouble(t) = rho_t + rho_{t+1}} at even
     * lags t (with {@code rho_0 = 1}), and {@code rho.applyAsDouble(t)} at the one even lag
     * where the sequence stops: the truncation tests, the monotone caps and the sum in
     * {@code tau} all take whole pairs, so a caller that can compute a pair sum more cheaply
     * than two autocorrelations (the autocovariances at lags t and t + 1 share the factor
     * {@code x_i} of their terms) need not compute the lags one by one.
     *
     * @param scratch at least {@code min(n, maxLag + 2) / 2 + 1} doubles, overwritten
     */
    public static double integratedTimeFromPairs(IntToDoubleFunction pair, IntToDoubleFunction rho, int n, int maxLag,
                                                 double[] scratch, double total) {
        int size = Math.min(n, maxLag + 2) / 2 + 1;
        java.util.Arrays.fill(scratch, 0, size, 0.0); // pairs the sequence rejects stay 0
        // scratch[p] holds rho_{2p} + rho_{2p+1}
        double last = pair.applyAsDouble(0);
        scratch[0] = last;
        int t = 0;
        while (t < n - 5 && last > 0) {
            t += 2;
            if (t + 1 > maxLag) return Double.NaN;
            last = pair.applyAsDouble(t);
            if (last >= 0) scratch[t / 2] = last;
        }
        int maxT = t;
        // rho at maxT enters tau when positive, or when its pair was kept
        double even = maxT == 0 ? 1 : rho.applyAsDouble(maxT);
        double lastTerm = last >= 0 || even > 0 ? even : 0;
        // initial monotone sequence: each pair capped at the one before it
        for (int p = 1; p <= maxT / 2 - 1; p++) {
            if (scratch[p] > scratch[p - 1]) scratch[p] = scratch[p - 1];
        }
        // R's rho[1:max_t] with max_t = 0 selects the first element only, rho_0 = 1
        double sum = maxT == 0 ? 1 : 0;
        for (int p = 0; p < maxT / 2; p++) sum += scratch[p];
        double tau = -1 + 2 * sum + lastTerm;
        return Math.max(tau, 1 / Math.log10(total));
    }
}
