package org.bayes4j.distributions.multivariate;

import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.contract.DistributionFamilyContract;

/**
 * Certifies {@code categorical(p)} with $K = 5$ against the naive $\log p_y$. Probabilities come from
 * normalised $e^{s z_j}$ with $z$ standard normal and $s$ up to 6, so some categories have
 * probabilities near $10^{-10}$.
 */
class CategoricalFamilyContractTest extends DistributionFamilyContract {

    static final int K = 5;

    @Override protected DistributionFamily family() { return new CategoricalFamily(); }

    @Override protected int parameterSize(int i) { return K; }

    @Override protected double[] parameters(Gen gen) {
        double spread = gen.bool() ? 1 : gen.real(0, 6);
        double[] p = new double[K];
        double sum = 0;
        for (int j = 0; j < K; j++) {
            p[j] = Math.exp(spread * gen.normal());
            sum += p[j];
        }
        for (int j = 0; j < K; j++) p[j] /= sum;
        return p;
    }

    @Override protected double value(Gen gen, double[] p) { return gen.integer(0, K - 1); }

    @Override protected double referenceLogDensity(double y, double[] p) { return Math.log(p[(int) y]); }

    @Override protected double[] outsideSupport(double[] p) { return new double[] {K, K + 1, 2.5}; }

    @Override protected double[][] typicalParameters() {
        return new double[][] {{0.2, 0.2, 0.2, 0.2, 0.2}, {0.5, 0.25, 0.125, 0.0625, 0.0625}, {0.01, 0.04, 0.05, 0.3, 0.6}};
    }

    @Override protected double mean(double[] p) {
        double m = 0;
        for (int j = 0; j < K; j++) m += j * p[j];
        return m;
    }

    @Override protected double variance(double[] p) {
        double m = mean(p), v = 0;
        for (int j = 0; j < K; j++) v += (j - m) * (j - m) * p[j];
        return v;
    }
}
