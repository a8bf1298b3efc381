package org.bayes4j.distributions.multivariate;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.contract.DistributionFamilyContract;
import org.junit.jupiter.api.Test;

/**
 * The contract set-up shared by the ordered families ({@code ordered_logistic},
 * {@code ordered_probit}) with 3 cutpoints ($K = 4$ outcomes, 0-based): parameters are
 * {@code theta = (eta, c_0, c_1, c_2)}; the reference is the naive
 * $\log[F(c_k - \eta) - F(c_{k-1} - \eta)]$ with $F(c_{-1}) = 0$, $F(c_{K-1}) = 1$, which
 * a subclass supplies through {@link #referenceLogProbability} with its own CDF $F$.
 * Moments come from the reference probabilities.
 */
abstract class OrderedFamilyContract extends DistributionFamilyContract {

    static final int CUTS = 3;

    /** The naive log probability of outcome {@code k} (0-based) given {@code eta = theta[0]} and the cutpoints. */
    protected abstract double referenceLogProbability(int k, double[] theta);

    @Override protected final double referenceLogDensity(double y, double[] theta) { return referenceLogProbability((int) y, theta); }

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

    /** The naive difference of CDFs loses ~|log gap| digits for cutpoints 1e-3 apart: 1e-8 relative. */
    @Override protected double referenceRelativeTolerance() { return 1e-8; }

    @Override protected double referenceAbsoluteTolerance() { return 1e-10; }

    @Override protected double[] outsideSupport(double[] theta) { return new double[] {CUTS + 1, CUTS + 2, 1.5, -1}; }

    @Override protected double[][] typicalParameters() { return new double[][] {{0, -1, 0, 1}, {1.5, -2, 0.5, 0.7}, {-1, -3, -1, 2}}; }

    @Override protected double mean(double[] theta) {
        double m = 0;
        for (int k = 0; k <= CUTS; k++) m += k * Math.exp(referenceLogProbability(k, theta));
        return m;
    }

    @Override protected double variance(double[] theta) {
        double m = mean(theta), v = 0;
        for (int k = 0; k <= CUTS; k++) v += (k - m) * (k - m) * Math.exp(referenceLogProbability(k, theta));
        return v;
    }

    @Test
    void unorderedConstantCutpointsAreRejectedNamingTheIndex() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> family().checkParameters(new double[][] {{0}, {-1, 2, 1.5}}));
        assertTrue(e.getMessage().contains("cutpoints[2]") && e.getMessage().contains("increasing"), e.getMessage());
    }
}
