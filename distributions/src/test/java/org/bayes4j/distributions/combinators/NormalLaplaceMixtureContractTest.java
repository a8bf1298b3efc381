package org.bayes4j.distributions.combinators;

import java.util.List;
import java.util.Map;

import org.apache.commons.statistics.distribution.LaplaceDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.contract.DistributionFamilyContract;

/**
 * Certifies {@code mixture(w, normal, normal, laplace)} ($K = 3$, components of two families) against
 * the naive $\log\sum_j w_j p_j(y)$ with Commons Statistics' densities. Values stay within a few
 * dozen scales of a component, where the naive sum does not underflow.
 */
class NormalLaplaceMixtureContractTest extends DistributionFamilyContract {

    static final int K = 3;

    static DistributionFamily mixture(List<String> components) {
        return new MixtureFamily().configure(Map.of("components", components));
    }

    /** Configured once: the contract asks for the family many times per case, and configuring scans ServiceLoader. */
    private final DistributionFamily family = mixture(List.of("normal", "normal", "laplace"));

    @Override protected DistributionFamily family() { return family; }

    @Override protected int parameterSize(int i) { return i == 0 ? K : 1; }

    @Override protected double[] parameters(Gen gen) {
        double[] w = gen.simplex(K);
        return new double[] {w[0], w[1], w[2],
            3 * gen.normal(), gen.logUniform(0.1, 10), 3 * gen.normal(), gen.logUniform(0.1, 10),
            3 * gen.normal(), gen.logUniform(0.1, 10)};
    }

    @Override protected double value(Gen gen, double[] p) {
        int j = gen.integer(0, K - 1);
        return p[K + 2 * j] + p[K + 2 * j + 1] * gen.normal() * (gen.bool() ? 1 : 4);
    }

    /** Values away from the Laplace component's kink at its location, where a finite difference would straddle it. */
    @Override protected double gradientValue(Gen gen, double[] p) {
        double y = value(gen, p), kink = p[K + 4];
        double gap = 0.05 * Math.max(1, Math.abs(y));
        return Math.abs(y - kink) < gap ? kink + 2 * gap : y;
    }

    @Override protected double referenceLogDensity(double y, double[] p) {
        double density = 0;
        for (int j = 0; j < K; j++) density += p[j] * Math.exp(component(j, p).logDensity(y));
        return Math.log(density);
    }

    private static org.apache.commons.statistics.distribution.ContinuousDistribution component(int j, double[] p) {
        double location = p[K + 2 * j], scale = p[K + 2 * j + 1];
        return j < 2 ? NormalDistribution.of(location, scale) : LaplaceDistribution.of(location, scale);
    }

    @Override protected double[][] typicalParameters() {
        return new double[][] {
            {0.3, 0.5, 0.2, -2, 1, 2, 0.5, 0, 3},
            {0.05, 0.9, 0.05, 0, 1, 0, 4, 10, 0.1},
            {1, 0, 0, 1, 2, -1, 1, 0, 1}};
    }

    @Override protected double cdf(double x, double[] p) {
        double f = 0;
        for (int j = 0; j < K; j++) f += p[j] * component(j, p).cumulativeProbability(x);
        return f;
    }

    @Override protected double mean(double[] p) {
        double m = 0;
        for (int j = 0; j < K; j++) m += p[j] * p[K + 2 * j];
        return m;
    }

    /** Law of total variance; a Laplace(mu, b) has variance 2 b^2. */
    @Override protected double variance(double[] p) {
        double m = mean(p), second = 0;
        for (int j = 0; j < K; j++) {
            double mu = p[K + 2 * j], s = p[K + 2 * j + 1];
            second += p[j] * ((j < 2 ? s * s : 2 * s * s) + mu * mu);
        }
        return second - m * m;
    }
}
