package org.bayes4j.distributions.continuous;

import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.bayes4j.distributions.Pick;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.contract.DistributionFamilyContract;

/** Certifies {@code lognormal(mu, sigma)} against Commons Statistics' {@link LogNormalDistribution}. */
class LogNormalFamilyContractTest extends DistributionFamilyContract {

    @Override protected DistributionFamily family() { return new LogNormalFamily(); }

    @Override protected double[] parameters(Gen gen) {
        double sigma = gen.bool() ? gen.logUniform(0.1, 3) : gen.logUniform(1e-6, 20);
        double mu = gen.bool() ? 2 * gen.normal() : gen.real(-100, 100);
        return new double[] {mu, sigma};
    }

    @Override protected double value(Gen gen, double[] p) {
        return Math.exp(p[0] + p[1] * gen.normal() * Pick.of(gen, 1, 1, 8, 1e-6));
    }

    /** Moderate scales for the finite differences in mu (a step of 1e-3 max(1, |mu|) must be small against sigma). */
    @Override protected double[] gradientParameters(Gen gen) {
        double sigma = gen.logUniform(0.1, 10);
        return new double[] {sigma * gen.real(-5, 5), sigma};
    }

    @Override protected double referenceLogDensity(double y, double[] p) { return LogNormalDistribution.of(p[0], p[1]).logDensity(y); }

    @Override protected double[][] typicalParameters() { return new double[][] {{0, 0.5}, {1.5, 0.25}, {-2, 1}}; }

    @Override protected double cdf(double x, double[] p) { return LogNormalDistribution.of(p[0], p[1]).cumulativeProbability(x); }

    @Override protected double mean(double[] p) { return Math.exp(p[0] + 0.5 * p[1] * p[1]); }

    @Override protected double variance(double[] p) {
        double s2 = p[1] * p[1];
        return Math.expm1(s2) * Math.exp(2 * p[0] + s2);
    }
}
