package org.bayes4j.diagnostics.loo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.Property;
import org.junit.jupiter.api.Test;

/**
 * The devices of the single pass over the log-likelihood matrix agree with the
 * plain computations they replace: {@code mean(log(1 + a x))} by exponent-normalised
 * products with one logarithm per term (and the check is shown to catch a plain
 * product, which overflows); the tail ranking with a full stable sort when values
 * differ only in their last bits; a tail reused across observations with a fresh one;
 * column blocks with gathering one column at a time;
 * the finiteness check on the way with the up-front scan's error message.
 */
class LooSinglePassTest {

    /** The JDK's exponential and expm1, as the reference uses: these checks are exact. */
    private static final LooKernels SCALAR = new ScalarLooKernels();

    interface MeanLog {
        double of(double a, double[] x, int n);
    }

    @Test
    void meanLogOnePlusAgreesWithOneLogarithmPerTerm() {
        Property.forAll("mean log1p by products", 41L, 400, g -> checkMeanLog(MeanLogOnePlus::of, g));
    }

    @Test
    void theMeanLogCheckCatchesAPlainProduct() {
        MeanLog plain = (a, x, n) -> {
            double product = 1;
            for (int i = 0; i < n; i++) product *= 1 + a * x[i];
            return Math.log(product) / n;
        };
        assertThrows(AssertionError.class, () -> Property.forAll("plain product", 41L, 400, g -> checkMeanLog(plain, g)));
    }

    /**
     * Exceedances as the generalised-Pareto fit sees them (ascending, positive, from
     * light to extremely heavy tails, so that some products leave the double range and
     * the fallback runs), and {@code a = -theta} across the fit's grid, from far below
     * 0 to just short of {@code 1 / max x}.
     */
    static void checkMeanLog(MeanLog mean, Gen g) {
        int n = g.integer(5, 400);
        double k = g.oneOf(new double[] {0.05, 0.5, 1.0, 3.0, 30.0});
        double[] x = new double[n];
        // generalised Pareto quantiles with sigma = 1: ((1 - p)^-k - 1) / k
        for (int i = 0; i < n; i++) x[i] = Math.expm1(-k * Math.log1p(-g.real(0, 0.999))) / k;
        Arrays.sort(x);
        if (!(x[0] > 0)) x[0] = Double.MIN_NORMAL;
        double max = x[n - 1];
        double a = g.bool() ? -g.real(0, 1) / max : g.logUniform(1e-15, 1e3) / x[(n - 1) / 4];
        double want = 0;
        double scale = 0;
        for (int i = 0; i < n; i++) {
            double l = Math.log1p(a * x[i]);
            want += l;
            scale += Math.abs(l);
        }
        want /= n;
        scale /= n;
        double got = mean.of(a, x, n);
        assertEquals(want, got, 1e-13 * scale + 1e-300, "mean log1p(a x) with a = " + a + ", n = " + n + ", k = " + k);
    }

    /**
     * A few ratios (fewer than the tail) bunched at the top and the rest bunched a
     * unit below: the tail's candidates then crowd into a few buckets of the ranking's
     * distribution sort, whose insertion pass exceeds its budget and hands over to a
     * comparison sort. The result must still be the full stable sort's.
     */
    @Test
    void tailRankingIsExactWhenTheCandidatesCrowdIntoFewBuckets() {
        Property.forAll("psis crowded buckets", 45L, 60, g -> {
            int s = g.integer(100, 3000);
            double top = g.real(0.005, 0.05);
            double[] lr = new double[s];
            for (int i = 0; i < s; i++) lr[i] = g.real(0, 1) < top ? -g.real(0, 1e-6) : -1 - g.real(0, 1e-3);
            double rEff = g.real(0.3, 1.2);
            double[] fast = ParetoSmoothedImportanceSampling.smooth(lr, rEff, SCALAR).logWeights();
            double[] reference = LooFastPathPropertyTest.referenceSmooth(lr, rEff, 0);
            assertEquals(Arrays.toString(reference), Arrays.toString(fast));
        });
    }

    /**
     * Values on a coarse grid plus a few thousand units in the last place: many agree
     * in all but their lowest bits, which the primitive sort of the tail ranking
     * ignores and its insertion pass must put right.
     */
    @Test
    void tailRankingIsExactForValuesThatDifferOnlyInTheLastBits() {
        Property.forAll("psis near-ties", 44L, 100, g -> {
            int s = g.integer(100, 3000);
            double[] lr = new double[s];
            for (int i = 0; i < s; i++) {
                double grid = Math.floor(g.normal() * 4) / 4 + 10;
                lr[i] = grid + g.integer(0, 3000) * Math.ulp(grid);
            }
            double rEff = g.real(0.3, 1.2);
            double[] fast = ParetoSmoothedImportanceSampling.smooth(lr, rEff, SCALAR).logWeights();
            double[] reference = LooFastPathPropertyTest.referenceSmooth(lr, rEff, 0);
            assertEquals(Arrays.toString(reference), Arrays.toString(fast));
        });
    }

    /**
     * One tail reused across observations of many relative efficiencies, as PSIS-LOO
     * reuses it: the plotting-position logarithms it keeps per tail length (and, once
     * their budget is spent, computes afresh) give what a fresh tail gives. With 2,000
     * draws the tail lengths run from 122 to 400, more than the budget holds.
     */
    @Test
    void aReusedTailSmoothsAsAFreshOneAcrossManyTailLengths() {
        int s = 2000;
        ParetoTail reused = new ParetoTail(s);
        Property.forAll("psis reused tail", 46L, 400, g -> {
            double[] lw = g.normals(s);
            double max = Arrays.stream(lw).max().orElseThrow();
            for (int i = 0; i < s; i++) lw[i] -= max;
            double rEff = g.real(0.05, 1.2);
            double[] fresh = lw.clone();
            new ParetoTail(s).smooth(fresh, s, rEff);
            reused.smooth(lw, s, rEff);
            assertArrayEquals(fresh, lw, "r_eff " + rEff);
        });
    }

    @Test
    void columnBlocksVisitEveryColumnOnceInOrder() {
        Property.forAll("column blocks", 42L, 100, g -> {
            int s = g.integer(2, 40);
            int n = g.integer(1, 3 * ColumnBlocks.BLOCK + 5);
            double[][] m = new double[s][];
            for (int t = 0; t < s; t++) m[t] = g.normals(n);
            int[] next = {0};
            ColumnBlocks.forEach(m, (i, column) -> {
                assertEquals(next[0]++, i, "columns out of order");
                assertArrayEquals(LogLikelihoodMatrix.column(m, i), Arrays.copyOf(column, s), "column " + i);
                if (i + 1 < n) assertTrue(!Arrays.equals(LogLikelihoodMatrix.column(m, i + 1), Arrays.copyOf(column, s)), "the check cannot tell columns apart");
            });
            assertEquals(n, next[0], "columns visited");
        });
    }

    @Test
    void aNonFiniteEntryFoundOnTheWayIsReportedAsTheUpFrontScanWould() {
        Property.forAll("non-finite log_lik", 43L, 150, g -> {
            int s = g.integer(2, 30);
            int n = g.integer(1, 80);
            // a spread of 1000 takes the log-sum-exp path (log likelihoods spanning over 300 nats)
            double spread = g.oneOf(new double[] {1.0, 1000.0});
            double[][] ll = new double[s][];
            for (int t = 0; t < s; t++) {
                ll[t] = g.normals(n);
                for (int i = 0; i < n; i++) ll[t][i] *= spread;
            }
            int bad = g.integer(1, 3);
            for (int b = 0; b < bad; b++) {
                ll[g.integer(0, s - 1)][g.integer(0, n - 1)] = g.oneOf(new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY});
            }
            String expected = assertThrows(IllegalArgumentException.class, () -> LogLikelihoodMatrix.validate("loo", ll)).getMessage();
            double[] ones = new double[n];
            Arrays.fill(ones, 1);
            assertEquals(expected, assertThrows(IllegalArgumentException.class, () -> PsisLoo.compute(ll, ones)).getMessage());
            int[] chains = new int[s];
            for (int t = 0; t < s; t++) chains[t] = 1 + t % 2;
            if (s % 2 == 0) {
                assertEquals(expected, assertThrows(IllegalArgumentException.class, () -> PsisLoo.compute(ll, chains)).getMessage());
            }
        });
    }
}
