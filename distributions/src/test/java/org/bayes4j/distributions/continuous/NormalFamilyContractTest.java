package org.bayes4j.distributions.continuous;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.distributions.Pick;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.contract.DistributionFamilyContract;

/** Certifies {@code normal(mu, sigma)} against Commons Statistics' {@link NormalDistribution}. */
class NormalFamilyContractTest extends DistributionFamilyContract {

    @Override protected DistributionFamily family() { return new NormalFamily(); }

    @Override protected double[] parameters(Gen gen) {
        double sigma = gen.bool() ? gen.logUniform(0.1, 10) : gen.logUniform(1e-8, 1e8);
        double mu = gen.bool() ? 3 * gen.normal() : Pick.of(gen, -1e6, 1e6, 1e-9) * gen.normal();
        return new double[] {mu, sigma};
    }

    @Override protected double value(Gen gen, double[] p) {
        return p[0] + p[1] * gen.normal() * Pick.of(gen, 1.0, 1.0, 10.0, 1e-6);
    }

    /** Moderate scales, so a step of 1e-3 max(1, |y|) in y or mu is small against sigma. */
    @Override protected double[] gradientParameters(Gen gen) {
        double sigma = gen.logUniform(0.1, 1e4);
        return new double[] {sigma * gen.real(-5, 5), sigma};
    }

    @Override protected double referenceLogDensity(double y, double[] p) { return NormalDistribution.of(p[0], p[1]).logDensity(y); }

    @Override protected double[][] typicalParameters() { return new double[][] {{0, 1}, {2.5, 0.5}, {-3, 4}}; }

    @Override protected double cdf(double x, double[] p) { return NormalDistribution.of(p[0], p[1]).cumulativeProbability(x); }

    @Override protected double mean(double[] p) { return p[0]; }

    @Override protected double variance(double[] p) { return p[1] * p[1]; }
}
