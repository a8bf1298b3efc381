package org.bayes4j.distributions.multivariate;

import java.util.List;

import org.bayes4j.distributions.Pick;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.testkit.Gen;

/**
 * Certifies {@code multinomial_logit(n, eta)} with three categories against the probability-scale reference of
 * {@link MultinomialFamilyContractTest} at $p = \operatorname{softmax}(\eta)$, reusing its support and moments.
 */
class MultinomialLogitFamilyContractTest extends MultinomialFamilyContractTest {

    @Override protected DistributionFamily family() { return new MultinomialLogitFamily(); }

    @Override protected double[] parameters(Gen gen) {
        double[] t = new double[1 + K];
        t[0] = gen.bool() ? gen.integer(0, 12) : gen.integer(0, 2000);
        double scale = Pick.of(gen, 1, 1, 3), shift = Pick.of(gen, 0, 0, 200, -200);
        for (int j = 0; j < K; j++) t[1 + j] = shift + scale * gen.normal();
        return t;
    }

    /** Moderate logits: a finite-difference step of 1e-3 max(1, |eta|) must be small against the softmax's curvature. */
    @Override protected double[] gradientParameters(Gen gen) {
        double[] t = new double[1 + K];
        t[0] = gen.integer(0, 50);
        for (int j = 0; j < K; j++) t[1 + j] = 2 * gen.normal();
        return t;
    }

    @Override protected double referenceLogDensity(double[] y, double[] t) { return super.referenceLogDensity(y, probabilities(t)); }

    @Override protected List<double[]> outsideSupport(double[] t) { return super.outsideSupport(t); }

    @Override protected double[][] typicalParameters() { return new double[][] {{10, 0, 0.5, 1}, {4, 1.5, 0.3, -2}, {25, 0, 0, 0}}; }

    @Override protected double[] mean(double[] t) { return super.mean(probabilities(t)); }

    @Override protected double[] covariance(double[] t) { return super.covariance(probabilities(t)); }

    /** {n, softmax(eta)} in the layout of {@link MultinomialFamilyContractTest}. */
    private static double[] probabilities(double[] t) {
        double max = Math.max(t[1], Math.max(t[2], t[3])), sum = 0;
        double[] p = new double[1 + K];
        p[0] = t[0];
        for (int j = 0; j < K; j++) sum += Math.exp(t[1 + j] - max);
        for (int j = 0; j < K; j++) p[1 + j] = Math.exp(t[1 + j] - max) / sum;
        return p;
    }
}
