package org.bayes4j.diagnostics.loo;

import org.bayes4j.spi.numeric.TabulatedExponential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;

import org.bayes4j.diagnostics.convergence.EffectiveSampleSize;
import org.bayes4j.spi.diagnostic.PsisResult;
import org.bayes4j.testkit.Property;
import org.junit.jupiter.api.Test;

/**
 * The devices that make PSIS-LOO fast agree with the plain computations they
 * replace: the tabulated logarithm and exponential and log1p/expm1 with the JDK's, tail selection
 * with a full stable sort (ties included), lazily computed ESS with the FFT one. The
 * selection check is shown to catch a tail that is one draw short.
 */
class LooFastPathPropertyTest {

    /** The JDK's exponential and expm1, as the reference uses: these checks are exact. */
    private static final LooKernels SCALAR = new ScalarLooKernels();

    @Test
    void tabulatedLogarithmAgreesWithMathLog() {
        Property.forAll("tabulated log", 31L, 500, g -> {
            double x = g.bool() ? g.logUniform(1e-300, 1e300) : 1 + g.real(-0.01, 0.01);
            double exact = Math.log(x);
            assertEquals(exact, TabulatedLogarithm.log(x), 4e-16 + 4e-16 * Math.abs(exact), "log(" + x + ")");
        });
        assertEquals(0.0, TabulatedLogarithm.log(1.0), 4e-16);
        assertEquals(Double.NEGATIVE_INFINITY, TabulatedLogarithm.log(0.0));
        assertEquals(Double.NaN, TabulatedLogarithm.log(-1.0));
    }

    @Test
    void tabulatedExponentialAgreesWithMathExp() {
        Property.forAll("tabulated exp", 35L, 2000, g -> checkExp(TabulatedExponential::exp, g));
        assertEquals(1.0, TabulatedExponential.exp(0.0), 0);
        assertEquals(Double.NaN, TabulatedExponential.exp(Double.NaN));
        assertEquals(0.0, TabulatedExponential.exp(-800), 0);
        assertEquals(Double.POSITIVE_INFINITY, TabulatedExponential.exp(800));
    }

    @Test
    void theExponentialCheckCatchesAnErrorOfFourUnitsInTheLastPlace() {
        java.util.function.DoubleUnaryOperator off = x -> TabulatedExponential.exp(x) * (1 + 4 * Math.ulp(1.0));
        assertThrows(AssertionError.class, () -> Property.forAll("exp off by 4 ulp", 35L, 2000, g -> checkExp(off, g)));
    }

    /** Within 3 units in the last place of {@link Math#exp}, across the tabulated range and near 0. */
    static void checkExp(java.util.function.DoubleUnaryOperator exp, org.bayes4j.testkit.Gen g) {
        double x = g.bool() ? g.real(-700, 700) : g.real(-1, 1) * g.logUniform(1e-12, 1);
        double exact = Math.exp(x);
        assertEquals(exact, exp.applyAsDouble(x), 3 * Math.ulp(exact), "exp(" + x + ")");
    }

    @Test
    void log1pAndExpm1AgreeWithTheJdkToRelativeRoundoff() {
        Property.forAll("log1p, expm1", 32L, 500, g -> {
            double u = (g.bool() ? 1 : -1) * g.logUniform(1e-12, 0.99);
            assertEquals(Math.log1p(u), LogOnePlus.log1p(u), 1e-13 * Math.abs(Math.log1p(u)), "log1p(" + u + ")");
            double y = (g.bool() ? 1 : -1) * g.logUniform(1e-12, 30);
            assertEquals(Math.expm1(y), LogOnePlus.expm1(y), 1e-13 * Math.abs(Math.expm1(y)), "expm1(" + y + ")");
        });
    }

    @Test
    void tailSelectionEqualsAFullStableSortEvenWithTies() {
        Property.forAll("psis tail selection", 33L, 150, g -> {
            int s = g.integer(30, 3000);
            double[] lr = new double[s];
            boolean ties = g.bool();
            for (int i = 0; i < s; i++) lr[i] = ties ? Math.floor(g.normal() * 4) / 4 : g.normal() * g.real(0.2, 3);
            double rEff = g.real(0.3, 1.2);
            PsisResult fast = ParetoSmoothedImportanceSampling.smooth(lr, rEff, SCALAR);
            double[] reference = referenceSmooth(lr, rEff, 0);
            assertEquals(Arrays.toString(reference), Arrays.toString(fast.logWeights()));
        });
    }

    @Test
    void theSelectionCheckCatchesATailOneDrawShort() {
        double[] lr = new double[1000];
        java.util.Random random = new java.util.Random(4);
        for (int i = 0; i < lr.length; i++) lr[i] = random.nextGaussian() * 2;
        PsisResult fast = ParetoSmoothedImportanceSampling.smooth(lr, 1);
        double[] shortTail = referenceSmooth(lr, 1, -1);
        assertThrows(AssertionError.class, () -> assertEquals(Arrays.toString(shortTail), Arrays.toString(fast.logWeights())));
    }

    @Test
    void lazyEssEqualsTheFftEss() {
        Property.forAll("lagged ess", 34L, 100, g -> {
            int chains = g.integer(1, 4);
            int n = g.integer(4, 600);
            double rho = new double[] {0.0, 0.5, 0.9, 0.99}[g.integer(0, 3)];
            double[][] x = new double[chains][n];
            double[] flat = new double[chains * n];
            for (int c = 0; c < chains; c++) {
                double a = g.normal();
                for (int t = 0; t < n; t++) {
                    a = rho * a + Math.sqrt(1 - rho * rho) * g.normal();
                    x[c][t] = Math.exp(a);
                    flat[c * n + t] = x[c][t];
                }
            }
            double expected = EffectiveSampleSize.ess(x);
            double got = new LaggedEss(chains, n).ess(flat, 1);
            if (Double.isNaN(expected)) assertEquals(Double.NaN, got);
            else assertEquals(expected, got, 1e-9 * expected, "ESS with rho " + rho);
        });
    }

    /** PSIS as first written: a full stable sort of all S ratios; {@code tailShift} perturbs the tail length. */
    static double[] referenceSmooth(double[] logRatios, double rEff, int tailShift) {
        int s = logRatios.length;
        double max = Arrays.stream(logRatios).max().orElseThrow();
        double[] lw = new double[s];
        for (int i = 0; i < s; i++) lw[i] = logRatios[i] - max;
        int tail = ParetoSmoothedImportanceSampling.tailLength(s, rEff) + tailShift;
        if (tail >= 5 && tail < s) {
            Integer[] order = new Integer[s];
            for (int i = 0; i < s; i++) order[i] = i;
            double[] base = lw.clone();
            Arrays.sort(order, (a, b) -> Double.compare(base[a], base[b]));
            double[] tailValues = new double[tail];
            for (int j = 0; j < tail; j++) tailValues[j] = base[order[s - tail + j]];
            if (Math.abs(tailValues[tail - 1] - tailValues[0]) >= Math.ulp(1.0) / 100) {
                double expCutoff = Math.exp(base[order[s - tail - 1]]);
                double[] exceedances = new double[tail];
                for (int j = 0; j < tail; j++) exceedances[j] = Math.exp(tailValues[j]) - expCutoff;
                GeneralisedParetoFit fit = GeneralisedParetoFit.fit(exceedances, tail, SCALAR);
                if (Double.isFinite(fit.k())) {
                    for (int j = 0; j < tail; j++) lw[order[s - tail + j]] = Math.log(fit.quantile((j + 0.5) / tail) + expCutoff);
                }
            }
        }
        for (int i = 0; i < s; i++) lw[i] = Math.min(lw[i], 0) + max;
        return lw;
    }
}
