package org.bayes4j.distributions.continuous;

import org.apache.commons.statistics.distribution.LogisticDistribution;
import org.bayes4j.distributions.Pick;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.contract.DistributionFamilyContract;

/** Certifies {@code logistic(mu, s)} against Commons Statistics' {@link LogisticDistribution}. */
class LogisticFamilyContractTest extends DistributionFamilyContract {

    @Override protected DistributionFamily family() { return new LogisticFamily(); }

    @Override protected double[] parameters(Gen gen) {
        double s = gen.bool() ? gen.logUniform(0.1, 10) : gen.logUniform(1e-8, 1e8);
        double mu = gen.bool() ? 3 * gen.normal() : Pick.of(gen, -1e6, 1e6, 1e-9) * gen.normal();
        return new double[] {mu, s};
    }

    @Override protected double value(Gen gen, double[] p) { return p[0] + p[1] * gen.normal() * Pick.of(gen, 1, 1, 30, 1e-6); }

    @Override protected double[] gradientParameters(Gen gen) {
        double s = gen.logUniform(0.1, 1e4);
        return new double[] {s * gen.real(-5, 5), s};
    }

    @Override protected double referenceLogDensity(double y, double[] p) { return LogisticDistribution.of(p[0], p[1]).logDensity(y); }

    @Override protected double[][] typicalParameters() { return new double[][] {{0, 1}, {2.5, 0.5}, {-3, 4}}; }

    @Override protected double cdf(double x, double[] p) { return LogisticDistribution.of(p[0], p[1]).cumulativeProbability(x); }

    @Override protected double mean(double[] p) { return p[0]; }

    @Override protected double variance(double[] p) { return p[1] * p[1] * Math.PI * Math.PI / 3; }
}
