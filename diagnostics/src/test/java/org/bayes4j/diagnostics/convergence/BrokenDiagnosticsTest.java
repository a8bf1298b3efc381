package org.bayes4j.diagnostics.convergence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.Test;

/**
 * Each kind of check can fail: deliberately wrong diagnostics, plugged into the
 * same fixture comparison as {@link PosteriorFixtureTest}, are caught.
 */
class BrokenDiagnosticsTest {

    /** ESS with the autocorrelations summed over every lag (no Geyer truncation): the noise of far lags swamps it. */
    static double essWithoutTruncation(double[][] x) {
        if (Draws2d.undefined(x)) return Double.NaN;
        int chains = x.length;
        int n = x[0].length;
        double[] acovMean = new double[n];
        double[] means = new double[chains];
        for (int c = 0; c < chains; c++) {
            double[] a = Autocovariance.of(x[c]);
            for (int t = 0; t < n; t++) acovMean[t] += a[t] / chains;
            means[c] = Moments.mean(x[c]);
        }
        double meanVar = acovMean[0] * n / (n - 1);
        double varPlus = meanVar * (n - 1) / n + (chains > 1 ? Moments.variance(means) : 0);
        double tau = 1;
        for (int t = 1; t < n; t++) tau += 2 * (1 - (meanVar - acovMean[t]) / varPlus);
        return chains * n / tau;
    }

    @Test
    void essWithoutGeyerTruncationFailsTheFixtures() {
        Map<String, ToDoubleFunction<double[][]>> broken = Map.of("ess_basic", x -> essWithoutTruncation(SplitChains.split(x)));
        PosteriorFixtureTest.Comparison c = PosteriorFixtureTest.compare(broken, Map.of(), false);
        assertFalse(c.failures().isEmpty(), "an ESS without Geyer's truncation passed the posterior fixtures");
    }

    @Test
    void essOffByOneInTenThousandFailsTheFixtures() {
        Map<String, ToDoubleFunction<double[][]>> broken = Map.of("ess_basic",
                x -> { double e = EffectiveSampleSize.basic(x); return e * (1 + 1e-4); });
        assertFalse(PosteriorFixtureTest.compare(broken, Map.of(), false).failures().isEmpty(),
                "a 1e-4 relative error in ESS passed a 1e-6 comparison");
    }

    @Test
    void rhatWithoutSplittingFailsTheFixtures() {
        Map<String, ToDoubleFunction<double[][]>> broken = Map.of("rhat_basic", Rhat::basicNoSplit);
        assertFalse(PosteriorFixtureTest.compare(broken, Map.of(), false).failures().isEmpty());
    }

    @Test
    void rankNormalisationWithoutBlomOffsetFailsTheFixtures() {
        // (r - 1/2) / S instead of (r - 3/8) / (S + 1/4), the older posterior z_scale
        org.apache.commons.statistics.distribution.NormalDistribution z = org.apache.commons.statistics.distribution.NormalDistribution.of(0, 1);
        ToDoubleFunction<double[][]> oldBulk = x -> {
            double[][] s = SplitChains.split(x);
            double[] r = RankNormalisation.averageRanks(Draws2d.flatten(s));
            double[][] out = new double[s.length][s[0].length];
            for (int c = 0, k = 0; c < s.length; c++) for (int i = 0; i < s[0].length; i++, k++) {
                out[c][i] = z.inverseCumulativeProbability((r[k] - 0.5) / r.length);
            }
            return EffectiveSampleSize.ess(out);
        };
        assertFalse(PosteriorFixtureTest.compare(Map.of("ess_bulk", oldBulk), Map.of(), false).failures().isEmpty());
    }

    @Test
    void naMismatchIsCaught() {
        // returning 0 instead of NaN for constant draws must fail on the all-constant fixture
        Map<String, ToDoubleFunction<double[][]>> broken = Map.of("rhat_bulk", x -> Draws2d.undefined(x) ? 1.0 : Rhat.bulk(x));
        assertTrue(PosteriorFixtureTest.compare(broken, Map.of(), false).failures().stream().anyMatch(f -> f.contains("constant")));
    }
}
