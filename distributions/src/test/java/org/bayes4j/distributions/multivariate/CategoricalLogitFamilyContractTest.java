package org.bayes4j.distributions.multivariate;

import org.bayes4j.distributions.Pick;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.contract.DistributionFamilyContract;

/**
 * Certifies {@code categorical_logit(eta)} with $K = 4$ against the naive
 * $\eta_y - \log\sum_j e^{\eta_j}$ (without the max shift, valid for the $|\eta| \le 300$ drawn here).
 */
class CategoricalLogitFamilyContractTest extends DistributionFamilyContract {

    static final int K = 4;

    @Override protected DistributionFamily family() { return new CategoricalLogitFamily(); }

    @Override protected int parameterSize(int i) { return K; }

    @Override protected double[] parameters(Gen gen) {
        double scale = Pick.of(gen, 1, 1, 10, 30);
        double shift = Pick.of(gen, 0, 0, 270, -270);
        double[] eta = new double[K];
        for (int j = 0; j < K; j++) eta[j] = shift + scale * gen.normal();
        return eta;
    }

    @Override protected double value(Gen gen, double[] p) { return gen.integer(0, K - 1); }

    /** Moderate logits, so a finite-difference step of 1e-3 max(1, |eta|) is small against the softmax's curvature. */
    @Override protected double[] gradientParameters(Gen gen) {
        double[] eta = new double[K];
        for (int j = 0; j < K; j++) eta[j] = 3 * gen.normal();
        return eta;
    }

    @Override protected double referenceLogDensity(double y, double[] eta) {
        double sum = 0;
        for (double e : eta) sum += Math.exp(e);
        return eta[(int) y] - Math.log(sum);
    }

    /**
     * Logits are shifted by up to 270, so the log density is a difference of terms of size ~300 whose
     * result can be near 0: absolute rounding ~1e-13 relative to 300, hence a 1e-12 absolute floor.
     */
    @Override protected double referenceAbsoluteTolerance() { return 1e-12; }

    @Override protected double[] outsideSupport(double[] p) { return new double[] {K, K + 1, 2.5}; }

    @Override protected double[][] typicalParameters() { return new double[][] {{0, 0, 0, 0}, {2, 1, 0, -1}, {-3, 0.5, 4, 1}}; }

    @Override protected double mean(double[] eta) {
        double[] p = softmax(eta);
        double m = 0;
        for (int j = 0; j < K; j++) m += j * p[j];
        return m;
    }

    @Override protected double variance(double[] eta) {
        double[] p = softmax(eta);
        double m = mean(eta), v = 0;
        for (int j = 0; j < K; j++) v += (j - m) * (j - m) * p[j];
        return v;
    }

    private static double[] softmax(double[] eta) {
        double[] p = new double[eta.length];
        double sum = 0;
        for (int j = 0; j < eta.length; j++) {
            p[j] = Math.exp(eta[j]);
            sum += p[j];
        }
        for (int j = 0; j < eta.length; j++) p[j] /= sum;
        return p;
    }
}
