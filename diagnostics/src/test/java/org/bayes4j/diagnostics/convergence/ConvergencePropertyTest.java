package org.bayes4j.diagnostics.convergence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;

import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.Property;
import org.bayes4j.testkit.Tolerance;
import org.junit.jupiter.api.Test;

/** Laws of the convergence diagnostics over seeded random draws. */
class ConvergencePropertyTest {

    static double[][] iid(Gen g, int chains, int n) {
        double[][] x = new double[chains][];
        for (int c = 0; c < chains; c++) x[c] = g.normals(n);
        return x;
    }

    static double[][] ar1(Gen g, int chains, int n, double phi) {
        double[][] x = new double[chains][n];
        double scale = Math.sqrt(1 - phi * phi);
        for (int c = 0; c < chains; c++) {
            x[c][0] = g.normal();
            for (int i = 1; i < n; i++) x[c][i] = phi * x[c][i - 1] + scale * g.normal();
        }
        return x;
    }

    /** The iid bounds: |R-hat - 1| < 0.01 and ESS within [0.8, 1.25] S. */
    static boolean iidBoundsHold(double[][] x) {
        double s = x.length * x[0].length;
        double rhat = Rhat.rhat(x);
        double bulk = EffectiveSampleSize.bulk(x);
        double tail = EffectiveSampleSize.tail(x);
        return Math.abs(rhat - 1) < 0.01 && bulk > 0.8 * s && bulk < 1.25 * s && tail > 0.7 * s && tail < 1.4 * s;
    }

    @Test
    void iidDrawsHaveRhatNearOneAndEssNearS() {
        // For 4 x 1000 iid normals R-hat - 1 has sd about 5e-4 (20 sd below 0.01) and ESS a relative sd
        // of a few per cent (over 6 sd inside the bounds): false-failure probability below 1e-9 per case.
        Property.forAll("iid R-hat and ESS", 20261122L, 20, g -> assertTrue(iidBoundsHold(iid(g, 4, 1000)), g.toString()));
    }

    @Test
    void theIidCheckFailsForAutocorrelatedDraws() {
        // AR(1) with phi = 0.9 has ESS about S (1 - phi)/(1 + phi) = S/19, far below 0.8 S
        Gen g = Gen.seeded(7);
        assertFalse(iidBoundsHold(ar1(g, 4, 1000, 0.9)));
    }

    @Test
    void ar1EssIsNearTheoreticalValue() {
        // ESS of an AR(1) mean is S (1 - phi)/(1 + phi); with S = 40000 and phi = 0.5 that is 13333, estimated within 15%
        Gen g = Gen.seeded(11);
        double ess = EffectiveSampleSize.basic(ar1(g, 4, 10000, 0.5));
        assertEquals(40000 / 3.0, ess, 0.15 * 40000 / 3.0);
    }

    @Test
    void rankDiagnosticsAreInvariantUnderMonotoneTransforms() {
        DoubleUnaryOperator[] transforms = {Math::exp, v -> v * v * v, Math::atan, v -> 3 * v - 2};
        Property.forAll("rank invariance", 41L, 25, g -> {
            double[][] x = ar1(g, g.integer(1, 4), g.integer(20, 300), g.real(-0.5, 0.95));
            DoubleUnaryOperator f = transforms[g.integer(0, transforms.length - 1)];
            double[][] y = Draws2d.map(x, f);
            Tolerance.assertClose("rhat_bulk", Rhat.bulk(y), Rhat.bulk(x), 1e-12, 1e-12);
            Tolerance.assertClose("ess_bulk", EffectiveSampleSize.bulk(y), EffectiveSampleSize.bulk(x), 1e-12, 1e-9);
            Tolerance.assertClose("ess_q5", EffectiveSampleSize.quantile(y, 0.05), EffectiveSampleSize.quantile(x, 0.05), 1e-12, 1e-9);
            Tolerance.assertClose("ess_median", EffectiveSampleSize.median(y), EffectiveSampleSize.median(x), 1e-12, 1e-9);
        });
    }

    @Test
    void theInvarianceCheckFailsForTheClassicRhat() {
        double[][] x = ar1(Gen.seeded(5), 4, 200, 0.9);
        double[][] y = Draws2d.map(x, Math::exp);
        assertFalse(Tolerance.close(Rhat.basic(y), Rhat.basic(x), 1e-12, 1e-12));
    }

    @Test
    void constantDrawsAreUndefinedNotAnError() {
        double[][] x = {{2, 2, 2, 2, 2}, {2, 2, 2, 2, 2}};
        assertTrue(Double.isNaN(EffectiveSampleSize.bulk(x)));
        assertTrue(Double.isNaN(EffectiveSampleSize.basic(x)));
        assertTrue(Double.isNaN(EffectiveSampleSize.tail(x)));
        assertTrue(Double.isNaN(Rhat.rhat(x)));
        assertTrue(Double.isNaN(MonteCarloStandardError.quantile(x, 0.3)));
        assertEquals(2.0, Moments.mean(x));
    }

    @Test
    void nanDrawsAreUndefinedAndInfiniteDrawsOnlyForMomentBasedDiagnostics() {
        double[][] withNaN = {{1, 2, Double.NaN, 4}, {1, 3, 2, 5}};
        assertTrue(Double.isNaN(Rhat.rhat(withNaN)));
        assertTrue(Double.isNaN(EffectiveSampleSize.bulk(withNaN)));
        // ranks are defined with an infinite draw (as in posterior's z_scale); variances are not
        double[][] withInf = {{1, 2, Double.POSITIVE_INFINITY, 4, 0.5, 7}, {1, 3, 2, 5, 6, -1}};
        assertTrue(Double.isFinite(Rhat.bulk(withInf)));
        assertTrue(Double.isNaN(Rhat.basic(withInf)));
        assertTrue(Double.isNaN(EffectiveSampleSize.basic(withInf)));
    }

    @Test
    void fftAutocovarianceEqualsTheDirectSum() {
        Property.forAll("fft autocovariance", 3L, 20, g -> {
            double[] x = g.normals(g.integer(64, 700));
            Tolerance.assertClose("acov", Autocovariance.of(x), Autocovariance.direct(x), 1e-9, 1e-12);
        });
    }

    @Test
    void splitDropsTheMiddleDrawOfAnOddChain() {
        double[][] s = SplitChains.split(new double[][] {{1, 2, 3, 4, 5}});
        assertEquals(2, s.length);
        assertEquals(java.util.List.of(1.0, 2.0), java.util.Arrays.stream(s[0]).boxed().toList());
        assertEquals(java.util.List.of(4.0, 5.0), java.util.Arrays.stream(s[1]).boxed().toList());
    }

    @Test
    void averageRanksOfTies() {
        double[] r = RankNormalisation.averageRanks(new double[] {3, 1, 3, 2, 3});
        assertEquals(java.util.List.of(4.0, 1.0, 4.0, 2.0, 4.0), java.util.Arrays.stream(r).boxed().toList());
    }

    /**
     * The ranks from the radix-sorted order ({@link SortedOrder}) equal those of the textbook algorithm (a stable
     * sort of the indices by {@link Double#compare}, then runs of equal values given their average rank), over
     * random draws with many ties, signed zeros, infinities, NaNs and magnitudes from subnormal to 1e300.
     */
    @Test
    void averageRanksEqualTheSortedIndexAlgorithm() {
        org.bayes4j.testkit.Property.forAll("average ranks", 0x5A7C, 400, g -> {
            int n = g.integer(1, 60);
            double[] pool = {-0.0, 0.0, 1, -1, 2.5, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                switch (g.integer(0, 2)) {
                    case 0 -> v[i] = pool[g.integer(0, pool.length - 1)];
                    case 1 -> v[i] = g.integer(-3, 3) + (g.bool() ? 0 : g.normal());
                    default -> v[i] = Math.scalb(g.normal(), g.integer(-1070, 1000)); // subnormal to huge, either sign
                }
            }
            assertArrayEquals(referenceRanks(v), RankNormalisation.averageRanks(v), java.util.Arrays.toString(v));
        });
    }

    private static double[] referenceRanks(double[] values) {
        int n = values.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        java.util.Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        double[] ranks = new double[n];
        for (int i = 0; i < n; ) {
            int j = i;
            while (j + 1 < n && values[order[j + 1]] == values[order[i]]) j++;
            for (int k = i; k <= j; k++) ranks[order[k]] = (i + j) / 2.0 + 1;
            i = j + 1;
        }
        return ranks;
    }

    @Test
    void raggedDrawsAreRejectedNamingTheChain() {
        var p = new org.bayes4j.diagnostics.provider.EssBulk();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> p.evaluate(new double[][] {{1, 2, 3}, {1, 2}}));
        assertTrue(e.getMessage().contains("chain 1"), e.getMessage());
    }

    @Test
    void hdiIsTheShortestIntervalAndContainsTheMode() {
        // exponential draws: the HDI of a decreasing density starts at the smallest draw
        Gen g = Gen.seeded(99);
        double[][] x = new double[2][2000];
        for (double[] chain : x) for (int i = 0; i < chain.length; i++) chain[i] = -Math.log(g.real(0, 1));
        double[] hdi = HighestDensityInterval.of(x, 0.94);
        double min = java.util.Arrays.stream(Draws2d.flatten(x)).min().orElseThrow();
        assertEquals(min, hdi[0]);
        // the HDI is no wider than the equal-tailed interval of the same probability
        double eti = Quantiles.quantile(x, 0.97) - Quantiles.quantile(x, 0.03);
        assertTrue(hdi[1] - hdi[0] <= eti);
        // for 0..99 every interval of 94 gaps has width 94; the first is taken, as ArviZ's argmin does
        double[][] grid = new double[1][100];
        for (int i = 0; i < 100; i++) grid[0][i] = i;
        assertEquals(java.util.List.of(0.0, 94.0), java.util.Arrays.stream(HighestDensityInterval.of(grid, 0.94)).boxed().toList());
    }

    @Test
    void ebfmiOfIidEnergyIsNearTwoAndOfARandomWalkNearZero() {
        // iid energies: E[(E_i - E_{i-1})^2] = 2 var, so E-BFMI is about 2; a random walk's increments are tiny by comparison
        Gen g = Gen.seeded(8);
        double[] iid = g.normals(4000);
        assertEquals(2.0, Ebfmi.of(iid), 0.15);
        double[] walk = new double[4000];
        for (int i = 1; i < walk.length; i++) walk[i] = walk[i - 1] + g.normal();
        assertTrue(Ebfmi.of(walk) < Ebfmi.THRESHOLD);
        assertTrue(Double.isNaN(Ebfmi.of(new double[] {1, 1, 1})));
    }
}
