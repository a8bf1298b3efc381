package org.bayes4j.diagnostics.convergence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.function.IntToDoubleFunction;

import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.Property;
import org.junit.jupiter.api.Test;

/**
 * The pair-wise truncation of {@link GeyerTruncation#integratedTimeFromPairs} equals
 * the lag-by-lag sequence as {@code posterior}'s {@code .ess} writes it (kept here as
 * the reference) on autocorrelations that decay, oscillate, turn negative, rise
 * again (so the monotone caps bite) or run past the largest available lag; and the
 * check is shown to catch a sequence that stops one pair early.
 */
class GeyerTruncationTest {

    @Test
    void pairwiseTruncationEqualsTheLagByLagSequence() {
        Property.forAll("geyer by pairs", 47L, 2000, g -> check(g, 0));
    }

    @Test
    void theCheckCatchesASequenceStoppedOnePairEarly() {
        assertThrows(AssertionError.class, () -> Property.forAll("geyer one pair short", 47L, 2000, g -> check(g, 2)));
    }

    /** Compares the pair-wise result with the reference, which stops {@code early} lags before its test says so. */
    static void check(Gen g, int early) {
        int n = g.integer(3, 200);
        int maxLag = g.bool() ? n : g.integer(1, 60);
        double[] rho = new double[n + 2];
        double phi = g.oneOf(new double[] {0.0, 0.3, 0.9, 0.99, -0.5});
        double noise = g.oneOf(new double[] {0.0, 0.02, 0.2});
        rho[0] = 1;
        for (int t = 1; t < rho.length; t++) rho[t] = Math.pow(phi, t) + noise * g.normal();
        double total = g.integer(1, 4) * (double) n;
        IntToDoubleFunction lag = t -> rho[t];
        double want = reference(lag, n, maxLag, total, early);
        double got = GeyerTruncation.integratedTime(lag, n, maxLag, new double[n + 2], total);
        if (Double.isNaN(want)) assertEquals(Double.NaN, got, "n " + n + ", maxLag " + maxLag);
        else assertEquals(want, got, 1e-12 * Math.abs(want), "n " + n + ", maxLag " + maxLag + ", phi " + phi + ", noise " + noise);
    }

    /** The sequence as first written: every lag stored on its own, capped and summed lag by lag. */
    static double reference(IntToDoubleFunction rho, int n, int maxLag, double total, int early) {
        int size = Math.min(n, maxLag + 2);
        double[] scratch = new double[Math.max(size, 2)];
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
        if (early > 0 && t >= early) {
            t -= early;
            even = scratch[t];
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
        for (int k = 0; k < Math.max(maxT, 1); k++) sum += scratch[k];
        double tau = -1 + 2 * sum + scratch[maxT];
        return Math.max(tau, 1 / Math.log10(total));
    }
}
