package org.bayes4j.diagnostics.loo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bayes4j.spi.diagnostic.LooResult;
import org.bayes4j.spi.diagnostic.PsisResult;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.Property;
import org.junit.jupiter.api.Test;

/**
 * The two implementations of {@link LooKernels} compute the same quantities: each
 * vector kernel agrees with the scalar one on seeded random inputs of every length
 * (whole vectors, remainders, offsets), exactly where the arithmetic is the same and to
 * rounding where sums are regrouped or the exponentials differ; whole PSIS-LOO runs
 * agree too, on columns from well behaved to heavy tailed. A kernel with one wrong lag
 * offset is caught. Each {@link LooColumn} also matches PSIS-LOO computed from the
 * smoothed log weights, both where it takes the smoothed weights' sums from the raw ones
 * and where it sums them afresh (its accuracy rule chooses; both occur); a kernel whose
 * sum of squared weights is wrong is caught.
 *
 * <p>This module's tests run with {@code --add-modules jdk.incubator.vector} (its pom),
 * so the vector kernels are present; the selection test fails if they are not. The
 * selection is also shown to fall back to the scalar kernels when the vector ones fail
 * to link or to run (the incubator API of another JDK).
 */
class LooKernelsAgreementTest {

    private static final LooKernels SCALAR = new ScalarLooKernels();
    private static final LooKernels VECTOR = new VectorLooKernels();

    @Test
    void theVectorKernelsAreSelectedWhenTheModuleIsPresentUnlessScalarIsAsked() {
        assertTrue(LooKernelSelection.vectorModulePresent(), "the tests must run with --add-modules jdk.incubator.vector");
        LooKernels selected = LooKernelSelection.select();
        if (((VectorLooKernels) VECTOR).lanes() >= 4) assertInstanceOf(VectorLooKernels.class, selected);
        else assertInstanceOf(ScalarLooKernels.class, selected);
        String before = System.getProperty(LooKernelSelection.PROPERTY);
        try {
            System.setProperty(LooKernelSelection.PROPERTY, "scalar");
            assertInstanceOf(ScalarLooKernels.class, LooKernelSelection.select());
        } finally {
            if (before == null) System.clearProperty(LooKernelSelection.PROPERTY);
            else System.setProperty(LooKernelSelection.PROPERTY, before);
        }
    }

    @Test
    void theSelectionFallsBackToScalarKernelsWhenTheVectorOnesFailToLinkOrRun() {
        LooKernels failing = new DelegatingKernels(VECTOR) {
            @Override
            public double lagSum(double[] c, int off, int n, int t) { throw new UnsupportedOperationException("not on this JDK"); }
        };
        assertInstanceOf(ScalarLooKernels.class, LooKernelSelection.vectorIfItRuns(() -> failing));
        assertInstanceOf(ScalarLooKernels.class, LooKernelSelection.vectorIfItRuns(() -> {
            throw new NoSuchMethodError("jdk.incubator.vector.DoubleVector.fromArray");
        }));
        assertInstanceOf(ScalarLooKernels.class, LooKernelSelection.vectorIfItRuns(() -> null));
        assertEquals(VECTOR, LooKernelSelection.vectorIfItRuns(() -> VECTOR));
    }

    @Test
    void vectorKernelsAgreeWithScalarKernels() {
        Property.forAll("loo kernels agree", 61L, 600, g -> checkKernels(VECTOR, g));
    }

    @Test
    void theKernelCheckCatchesAWrongLagOffset() {
        LooKernels broken = new DelegatingKernels(VECTOR) {
            @Override
            public void pairSums(double[] c, double[] z, int off, int n, int l, double[] out) {
                // the last of the four pairs read one lag too far
                double[] shifted = new double[4];
                super.pairSums(c, z, off, n, l, shifted);
                double[] further = new double[4];
                super.pairSums(c, z, off, n, l + 1, further);
                out[0] += shifted[0];
                out[1] += shifted[1];
                out[2] += shifted[2];
                out[3] += further[3];
            }
        };
        assertThrows(AssertionError.class, () -> Property.forAll("wrong lag offset", 61L, 600, g -> checkKernels(broken, g)));
    }

    @Test
    void laneExponentialsAgreeWithTheJdkWithinThreeUnitsInTheLastPlace() {
        java.util.function.DoubleUnaryOperator exp =
                x -> LaneExponential.exp(jdk.incubator.vector.DoubleVector.broadcast(jdk.incubator.vector.DoubleVector.SPECIES_PREFERRED, x)).lane(0);
        Property.forAll("lane exp", 65L, 2000, g -> LooFastPathPropertyTest.checkExp(exp, g));
        Property.forAll("lane expm1", 66L, 2000, g -> checkExpm1(LaneExponential::expm1, g));
        assertEquals(1.0, exp.applyAsDouble(0.0), 0);
    }

    @Test
    void theExpm1CheckCatchesExpMinusOne() {
        // e^y - 1 computed from e^y loses the relative accuracy of small results
        assertThrows(AssertionError.class, () -> Property.forAll("exp minus one", 66L, 2000,
                g -> checkExpm1(y -> LaneExponential.exp(y).sub(1.0), g)));
    }

    /** Within 3 units in the last place of {@link Math#expm1}, across the range and near 0. */
    static void checkExpm1(java.util.function.UnaryOperator<jdk.incubator.vector.DoubleVector> expm1, Gen g) {
        double y = g.bool() ? g.real(-699, 699) : g.real(-1, 1) * g.logUniform(1e-12, 1);
        double exact = Math.expm1(y);
        double got = expm1.apply(jdk.incubator.vector.DoubleVector.broadcast(jdk.incubator.vector.DoubleVector.SPECIES_PREFERRED, y)).lane(0);
        assertEquals(exact, got, 3 * Math.ulp(exact), "expm1(" + y + ")");
    }

    @Test
    void meanLogOnePlusAgreesWithOneLogarithmPerTermWithEitherKernels() {
        Property.forAll("mean log1p, scalar", 62L, 300,
                g -> LooSinglePassTest.checkMeanLog((a, x, n) -> MeanLogOnePlus.of(a, x, n, SCALAR), g));
        Property.forAll("mean log1p, vector", 62L, 300,
                g -> LooSinglePassTest.checkMeanLog((a, x, n) -> MeanLogOnePlus.of(a, x, n, VECTOR), g));
    }

    @Test
    void psisLooAgreesBetweenKernels() {
        Property.forAll("psis-loo kernels agree", 63L, 60, g -> {
            int chains = g.integer(1, 4);
            int perChain = g.integer(8, 200);
            int s = chains * perChain;
            int n = g.integer(1, 12);
            double[][] logLik = logLikelihoods(g, s, n);
            int[] chainId = new int[s];
            for (int t = 0; t < s; t++) chainId[t] = t / perChain;
            compare(PsisLoo.compute(logLik, chainId, SCALAR), PsisLoo.compute(logLik, chainId, VECTOR));
            double[] rEff = new double[n];
            for (int i = 0; i < n; i++) rEff[i] = g.real(0.2, 1.5);
            compare(PsisLoo.compute(logLik, rEff, SCALAR), PsisLoo.compute(logLik, rEff, VECTOR));
        });
    }

    @Test
    void eachColumnMatchesLooFromTheSmoothedLogWeightsBySumsExchangedOrSummedAfresh() {
        for (LooKernels kernels : new LooKernels[] {SCALAR, VECTOR}) {
            int[] afresh = new int[2];
            Property.forAll("loo column " + kernels.name(), 64L, 300, g -> afresh[checkColumn(kernels, LooColumn.EXCHANGE_LIMIT, g) ? 1 : 0]++);
            // the columns include tails whose smoothing removes most of the weight, where the exchange would lose accuracy
            assertTrue(afresh[0] > 0 && afresh[1] > 0, "both ways of summing were checked: " + java.util.Arrays.toString(afresh));
            Property.forAll("loo column " + kernels.name() + ", always afresh", 64L, 300,
                    g -> checkColumn(kernels, Double.POSITIVE_INFINITY, g));
        }
    }

    @Test
    void theColumnCheckCatchesAWrongSumOfSquaredWeights() {
        LooKernels broken = new DelegatingKernels(VECTOR) {
            @Override
            public void ratios(double[] ll, int n, double c, double scale, double[] lw, double[] e, double[] x, double[] sums) {
                super.ratios(ll, n, c, scale, lw, e, x, sums);
                // the squares of the weights summed without the last draw
                sums[2] -= e[n - 1] * e[n - 1];
            }
        };
        assertThrows(AssertionError.class, () -> Property.forAll("wrong squares", 64L, 200, g -> checkColumn(broken, LooColumn.EXCHANGE_LIMIT, g)));
    }

    /** One random case of every kernel, against {@link ScalarLooKernels}. */
    static void checkKernels(LooKernels candidate, Gen g) {
        int n = g.integer(1, 70);
        int off = g.integer(0, 9);
        double[] v = new double[off + n + 10];
        for (int i = 0; i < v.length; i++) v[i] = g.normal() * g.logUniform(0.1, 10) + g.real(-3, 3);

        double[] minMaxScalar = new double[2];
        double[] minMaxCandidate = new double[2];
        SCALAR.minMax(v, off + n, minMaxScalar);
        candidate.minMax(v, off + n, minMaxCandidate);
        assertArrayEquals(minMaxScalar, minMaxCandidate, "minMax");

        // ratios: c = min ll, so every argument of exp is in (-700, 0]
        double[] ll = new double[n];
        double lo = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            ll[i] = -g.logUniform(1e-3, 50) * g.real(0, 1) - 1;
            lo = Math.min(lo, ll[i]);
        }
        double hi = java.util.Arrays.stream(ll).max().orElseThrow();
        double scale = Math.exp(lo - hi);
        double[][] scalarOut = {new double[n], new double[n], new double[n], new double[3]};
        double[][] candidateOut = {new double[n], new double[n], new double[n], new double[3]};
        SCALAR.ratios(ll, n, lo, scale, scalarOut[0], scalarOut[1], scalarOut[2], scalarOut[3]);
        candidate.ratios(ll, n, lo, scale, candidateOut[0], candidateOut[1], candidateOut[2], candidateOut[3]);
        assertArrayEquals(scalarOut[0], candidateOut[0], "ratios: lw");
        for (int i = 0; i < n; i++) {
            assertEquals(scalarOut[1][i], candidateOut[1][i], 6 * Math.ulp(scalarOut[1][i]), "ratios: e[" + i + "]");
            assertEquals(scalarOut[2][i], candidateOut[2][i], 8 * Math.ulp(scalarOut[2][i]), "ratios: x[" + i + "]");
        }
        for (int j = 0; j < 3; j++) assertEquals(scalarOut[3][j], candidateOut[3][j], 1e-14 * n * scalarOut[3][j], "ratios: sum " + j);

        double[] rangeScalar = {v[off], v[off]};
        double[] rangeCandidate = {v[off], v[off]};
        double absolute = 0;
        for (int i = 0; i < n; i++) absolute += Math.abs(v[off + i]);
        assertEquals(SCALAR.sumAndRange(v, off, n, rangeScalar), candidate.sumAndRange(v, off, n, rangeCandidate),
                1e-15 * n * absolute, "sumAndRange: sum");
        assertArrayEquals(rangeScalar, rangeCandidate, "sumAndRange: range");

        double mean = g.real(-3, 3);
        double residuals = 0;
        for (int i = 0; i < n; i++) residuals += Math.abs(v[off + i] - mean);
        assertEquals(SCALAR.residualSum(v, off, n, mean), candidate.residualSum(v, off, n, mean), 1e-15 * n * residuals,
                "residualSum");

        double[][] centred = {new double[v.length], new double[v.length]};
        double[][] paired = {new double[v.length], new double[v.length]};
        SCALAR.centreAndPair(v, off, n, mean, centred[0], paired[0]);
        candidate.centreAndPair(v, off, n, mean, centred[1], paired[1]);
        assertArrayEquals(centred[0], centred[1], "centreAndPair: centred");
        assertArrayEquals(paired[0], paired[1], "centreAndPair: pair sums");

        int t = g.integer(0, n + 2);
        double products = 0;
        for (int i = 0; i + t < n; i++) products += Math.abs(v[off + i] * v[off + i + t]);
        assertEquals(SCALAR.lagSum(v, off, n, t), candidate.lagSum(v, off, n, t), 1e-15 * n * products + 1e-300,
                "lagSum at lag " + t);

        int l = 2 * g.integer(0, n / 2 + 2);
        double[] quadScalar = {1, 2, 3, 4};
        double[] quadCandidate = {1, 2, 3, 4};
        SCALAR.pairSums(v, paired[0], off, n, l, quadScalar);
        candidate.pairSums(v, paired[0], off, n, l, quadCandidate);
        for (int q = 0; q < 4; q++) {
            double terms = 0;
            for (int i = 0; i + l + 2 * q < n; i++) terms += Math.abs(v[off + i] * paired[0][off + i + l + 2 * q]);
            assertEquals(quadScalar[q], quadCandidate[q], 1e-15 * n * terms + 1e-15 * (q + 1), "pairSums q = " + q + ", l = " + l);
        }

        // sums of log(1 + a x) over ascending positive x, a from -1/max x to large positive
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = g.logUniform(1e-6, 1e3);
        java.util.Arrays.sort(x);
        // a below -1 / max x makes the largest factor negative, and both kernels give up
        double a = g.integer(0, 9) == 0 ? -g.real(1.001, 3) / x[n - 1] : g.bool() ? -g.real(0, 0.999) / x[n - 1] : g.logUniform(1e-8, 10);
        double logs = 0;
        for (int i = 0; i < n; i++) logs += Math.abs(Math.log1p(a * x[i]));
        double sumScalar = SCALAR.sumLogOnePlus(a, x, n);
        double sumCandidate = candidate.sumLogOnePlus(a, x, n);
        // both give up (NaN) exactly when the largest factor leaves the normal range
        assertEquals(Double.isNaN(sumScalar), Double.isNaN(sumCandidate), "sumLogOnePlus gives up with a = " + a);
        if (!Double.isNaN(sumScalar)) {
            assertEquals(sumScalar, sumCandidate, 1e-14 * logs + 4e-16 * n, "sumLogOnePlus with a = " + a);
        }

        double threshold = g.bool() ? v[off + g.integer(0, n - 1)] : g.normal() * 3;
        int[] keptScalar = new int[v.length + 8];
        int[] keptCandidate = new int[v.length + 8];
        int countScalar = SCALAR.atLeast(v, off + n, threshold, keptScalar);
        assertEquals(countScalar, candidate.atLeast(v, off + n, threshold, keptCandidate), "atLeast: count");
        assertArrayEquals(java.util.Arrays.copyOf(keptScalar, countScalar), java.util.Arrays.copyOf(keptCandidate, countScalar),
                "atLeast: indices");

        double offset = g.logUniform(1e-3, 1);
        double[] exceedScalar = new double[n];
        double[] exceedCandidate = new double[n];
        SCALAR.exceedances(ll, n, offset, exceedScalar);
        candidate.exceedances(ll, n, offset, exceedCandidate);
        for (int i = 0; i < n; i++) {
            // the exponentials' few ulp, and one of the difference's rounding
            double tolerance = 4 * Math.ulp(Math.exp(ll[i])) + Math.ulp(exceedScalar[i]);
            assertEquals(exceedScalar[i], exceedCandidate[i], tolerance, "exceedances");
        }

        double[] logSurvival = new double[n];
        for (int j = 0; j < n; j++) logSurvival[j] = Math.log1p(-(j + 0.5) / n);
        double k = g.bool() ? g.real(-0.5, 1.5) : g.real(-1e-6, 1e-6);
        double sigma = g.logUniform(1e-3, 10);
        double[] quantScalar = new double[n];
        double[] quantCandidate = new double[n];
        SCALAR.paretoQuantiles(logSurvival, n, k, sigma, offset, quantScalar);
        candidate.paretoQuantiles(logSurvival, n, k, sigma, offset, quantCandidate);
        for (int j = 0; j < n; j++) {
            assertEquals(quantScalar[j], quantCandidate[j], 1e-13 * Math.abs(quantScalar[j]), "paretoQuantiles, k = " + k);
        }
    }

    /**
     * Pointwise log likelihoods of draws: per observation a normal spread, sometimes
     * with a few draws far below the rest (heavy importance ratios), sometimes spanning
     * more than the fast path's 300 nats.
     */
    static double[][] logLikelihoods(Gen g, int s, int n) {
        double[][] logLik = new double[s][n];
        for (int i = 0; i < n; i++) {
            double centre = g.real(-10, 0);
            double spread = g.logUniform(0.01, 3);
            int kind = g.integer(0, 2);
            for (int t = 0; t < s; t++) {
                double value = centre + spread * g.normal();
                if (kind == 1 && g.real(0, 1) < 0.03) value -= g.logUniform(1, 40);
                if (kind == 2 && t == 0) value -= 400;
                logLik[t][i] = value;
            }
        }
        return logLik;
    }

    static void compare(LooResult scalar, LooResult vector) {
        assertEquals(scalar.elpdLoo(), vector.elpdLoo(), 1e-11 * (1 + Math.abs(scalar.elpdLoo())), "elpd_loo");
        assertEquals(scalar.pLoo(), vector.pLoo(), 1e-10 * (1 + Math.abs(scalar.pLoo())), "p_loo");
        for (int i = 0; i < scalar.paretoK().length; i++) {
            double k = scalar.paretoK()[i];
            if (Double.isInfinite(k)) assertEquals(k, vector.paretoK()[i], "k[" + i + "]");
            else assertEquals(k, vector.paretoK()[i], 1e-9 * (1 + Math.abs(k)), "k[" + i + "]");
            assertEquals(scalar.relativeEfficiency()[i], vector.relativeEfficiency()[i], 1e-11, "r_eff[" + i + "]");
            assertEquals(scalar.psisNEff()[i], vector.psisNEff()[i], 1e-9 * scalar.psisNEff()[i], "n_eff[" + i + "]");
        }
    }

    /**
     * One column of {@link LooColumn} against the textbook formulas on the smoothed log
     * weights {@code a_s} of {@link ParetoSmoothedImportanceSampling} (scalar kernels):
     * {@code elpd = log sum_s exp(a_s + ll_s) - log sum_s exp(a_s)} and
     * {@code n_eff = r_eff / sum_s (w_s / sum w)^2}.
     */
    static boolean checkColumn(LooKernels kernels, double exchangeLimit, Gen g) {
        int s = g.integer(30, 1500);
        double[] ll = column(logLikelihoods(g, s, 1));
        double rEff = g.real(0.2, 1.2);
        LooColumn column = new LooColumn(s, kernels, exchangeLimit);
        assertTrue(column.prepare(ll));
        column.loo(rEff);
        double[] negated = new double[s];
        for (int t = 0; t < s; t++) negated[t] = -ll[t];
        PsisResult psis = ParetoSmoothedImportanceSampling.smooth(negated, rEff, SCALAR);
        double[] lw = psis.logWeights();
        double[] shifted = new double[s];
        for (int t = 0; t < s; t++) shifted[t] = lw[t] + ll[t];
        double elpd = LogSumExp.of(shifted) - LogSumExp.of(lw);
        assertEquals(elpd, column.elpd, 1e-11 * (1 + Math.abs(elpd)), "elpd of a column of " + s + " draws");
        assertEquals(psis.nEff(), column.nEff, 1e-10 * psis.nEff(), "n_eff of a column of " + s + " draws");
        return column.summedAfresh;
    }

    private static double[] column(double[][] m) {
        double[] out = new double[m.length];
        for (int t = 0; t < m.length; t++) out[t] = m[t][0];
        return out;
    }

    /** A {@link LooKernels} passing every call to another, for tests that break one. */
    static class DelegatingKernels implements LooKernels {
        private final LooKernels inner;

        DelegatingKernels(LooKernels inner) { this.inner = inner; }

        @Override public String name() { return "delegating(" + inner.name() + ")"; }
        @Override public void minMax(double[] v, int n, double[] out) { inner.minMax(v, n, out); }
        @Override public void ratios(double[] ll, int n, double c, double scale, double[] lw, double[] e, double[] x, double[] sums) {
            inner.ratios(ll, n, c, scale, lw, e, x, sums);
        }
        @Override public double sumAndRange(double[] x, int off, int n, double[] range) { return inner.sumAndRange(x, off, n, range); }
        @Override public double residualSum(double[] x, int off, int n, double mean) { return inner.residualSum(x, off, n, mean); }
        @Override public void centreAndPair(double[] x, int off, int n, double mean, double[] centred, double[] pairSummed) {
            inner.centreAndPair(x, off, n, mean, centred, pairSummed);
        }
        @Override public double lagSum(double[] c, int off, int n, int t) { return inner.lagSum(c, off, n, t); }
        @Override public void pairSums(double[] c, double[] z, int off, int n, int l, double[] out) { inner.pairSums(c, z, off, n, l, out); }
        @Override public double sumLogOnePlus(double a, double[] x, int n) { return inner.sumLogOnePlus(a, x, n); }
        @Override public void exceedances(double[] v, int m, double offset, double[] out) { inner.exceedances(v, m, offset, out); }
        @Override public int atLeast(double[] v, int n, double threshold, int[] out) { return inner.atLeast(v, n, threshold, out); }
        @Override public void paretoQuantiles(double[] logSurvival, int m, double k, double sigma, double offset, double[] out) {
            inner.paretoQuantiles(logSurvival, m, k, sigma, offset, out);
        }
    }
}
