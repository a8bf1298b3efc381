package org.bayes4j.distributions.multivariate;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.contract.DistributionFamilyContract;
import org.junit.jupiter.api.Test;

/**
 * Certifies {@code ordered_probit(eta, cutpoints)} with 3 cutpoints ($K = 4$ outcomes, 0-based) against the
 * naive $\log[F(c_k - \eta) - F(c_{k-1} - \eta)]$ with Commons Statistics' standard normal CDF $F$ (survival
 * functions instead when the interval lies above 0)
 * ($F(c_{-1}) = 0$, $F(c_{K-1}) = 1$), on moderate arguments where that difference keeps full precision.
 */
class OrderedProbitFamilyContractTest extends DistributionFamilyContract {

    static final int CUTS = 3;

    @Override protected DistributionFamily family() { return new OrderedProbitFamily(); }

    @Override protected int parameterSize(int i) { return i == 0 ? 1 : CUTS; }

    @Override protected double[] parameters(Gen gen) {
        double[] theta = new double[1 + CUTS];
        theta[0] = gen.real(-6, 6);
        double c = gen.real(-5, 0);
        for (int j = 0; j < CUTS; j++) {
            theta[1 + j] = c;
            c += gen.bool() ? gen.real(0.3, 3) : gen.logUniform(1e-3, 5);
        }
        return theta;
    }

    @Override protected double value(Gen gen, double[] theta) { return gen.integer(0, CUTS); }

    /** Gaps of at least 0.3, so a finite-difference step keeps the cutpoints ordered and the curvature moderate. */
    @Override protected double[] gradientParameters(Gen gen) {
        double[] theta = new double[1 + CUTS];
        theta[0] = gen.real(-4, 4);
        double c = gen.real(-3, 0);
        for (int j = 0; j < CUTS; j++) {
            theta[1 + j] = c;
            c += gen.real(0.3, 2.5);
        }
        return theta;
    }

    @Override protected double referenceLogDensity(double y, double[] theta) {
        NormalDistribution f = NormalDistribution.of(0, 1);
        int k = (int) y;
        double u = k == CUTS ? Double.POSITIVE_INFINITY : theta[1 + k] - theta[0];
        double l = k == 0 ? Double.NEGATIVE_INFINITY : theta[k] - theta[0];
        // in the upper tail, 1 - Phi(l) would round to 0: difference of survival probabilities there
        if (l > 0) return Math.log(f.survivalProbability(l) - f.survivalProbability(u));
        return Math.log(f.cumulativeProbability(u) - f.cumulativeProbability(l));
    }

    /** The naive difference of CDFs loses ~|log gap| digits for cutpoints 1e-3 apart: 1e-8 relative. */
    @Override protected double referenceRelativeTolerance() { return 1e-8; }

    @Override protected double referenceAbsoluteTolerance() { return 1e-10; }

    @Override protected double[] outsideSupport(double[] theta) { return new double[] {CUTS + 1, CUTS + 2, 1.5, -1}; }

    @Override protected double[][] typicalParameters() { return new double[][] {{0, -1, 0, 1}, {1.5, -2, 0.5, 0.7}, {-1, -3, -1, 2}}; }

    @Override protected double mean(double[] theta) {
        double m = 0;
        for (int k = 0; k <= CUTS; k++) m += k * Math.exp(referenceLogDensity(k, theta));
        return m;
    }

    @Override protected double variance(double[] theta) {
        double m = mean(theta), v = 0;
        for (int k = 0; k <= CUTS; k++) v += (k - m) * (k - m) * Math.exp(referenceLogDensity(k, theta));
        return v;
    }

    @Test
    void unorderedConstantCutpointsAreRejectedNamingTheIndex() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> family().checkParameters(new double[][] {{0}, {-1, 2, 1.5}}));
        assertTrue(e.getMessage().contains("cutpoints[2]") && e.getMessage().contains("increasing"), e.getMessage());
    }

    @Test
    void extremeArgumentsStayFinite() {
        // far tails, where Phi(u) - Phi(l) underflows: log Phi(-40) = -804.608... (Abramowitz and Stegun 26.2.12)
        double lp = single(0, new double[] {40, 0, 1, 2});
        double asymptotic = -800 - 0.5 * Math.log(2 * Math.PI) - Math.log(40) + Math.log1p(-1.0 / 1600 + 3.0 / (1600.0 * 1600));
        assertTrue(Math.abs(lp - asymptotic) < 1e-8, "log P(y=0 | eta=40) = " + lp + ", asymptotic " + asymptotic);
        double middle = single(2, new double[] {-50, -1, 0, 1});
        assertTrue(Double.isFinite(middle), "log P(y=2 | eta=-50) = " + middle);
    }
}
