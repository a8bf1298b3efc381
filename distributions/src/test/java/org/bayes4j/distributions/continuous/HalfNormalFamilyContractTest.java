package org.bayes4j.distributions.continuous;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.bayes4j.distributions.Pick;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.contract.DistributionFamilyContract;

/** Certifies {@code half_normal(sigma)}: reference $\log 2 + \log\phi(y; 0, \sigma)$ from Commons Statistics. */
class HalfNormalFamilyContractTest extends DistributionFamilyContract {

    @Override protected DistributionFamily family() { return new HalfNormalFamily(); }

    @Override protected double[] parameters(Gen gen) {
        return new double[] {gen.bool() ? gen.logUniform(0.1, 10) : gen.logUniform(1e-8, 1e8)};
    }

    @Override protected double value(Gen gen, double[] p) {
        return p[0] * Math.abs(gen.normal()) * Pick.of(gen, 1, 1, 8, 1e-6) + Double.MIN_NORMAL;
    }

    /** Values up to a few scales: in log coordinates the density's curvature grows like $(y/\sigma)^2$. */
    @Override protected double gradientValue(Gen gen, double[] p) {
        return p[0] * Math.abs(gen.normal()) * Pick.of(gen, 1, 1, 3, 1e-6) + Double.MIN_NORMAL;
    }

    @Override protected double referenceLogDensity(double y, double[] p) {
        return Math.log(2) + NormalDistribution.of(0, p[0]).logDensity(y);
    }

    @Override protected double[][] typicalParameters() { return new double[][] {{1}, {0.1}, {25}}; }

    @Override protected double cdf(double x, double[] p) {
        // P(|X| <= x) = 1 - 2 P(X > x), computed from the upper tail to keep precision near 1
        return 1 - 2 * NormalDistribution.of(0, p[0]).survivalProbability(x);
    }

    @Override protected double mean(double[] p) { return p[0] * Math.sqrt(2 / Math.PI); }

    @Override protected double variance(double[] p) { return p[0] * p[0] * (1 - 2 / Math.PI); }
}
