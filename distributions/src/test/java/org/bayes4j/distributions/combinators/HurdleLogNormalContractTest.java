package org.bayes4j.distributions.combinators;

import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.bayes4j.distributions.Pick;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.testkit.Gen;

/** Certifies {@code hurdle_lognormal(psi, mu, sigma)} against Commons Statistics' lognormal density. */
class HurdleLogNormalContractTest extends ContinuousHurdleContract {

    @Override protected DistributionFamily family() { return new HurdleLogNormalFamily(); }

    @Override protected double[] parameters(Gen gen) {
        return new double[] {gen.bool() ? gen.real(0.05, 0.95) : Pick.of(gen, 0.0, 1.0), 2 * gen.normal(), gen.logUniform(0.1, 3)};
    }

    @Override protected double[] gradientParameters(Gen gen) {
        double sigma = gen.logUniform(0.1, 3);
        return new double[] {gen.real(0.02, 0.98), sigma * gen.real(-5, 5), sigma};
    }

    @Override protected double positiveValue(Gen gen, double[] p) { return Math.exp(p[1] + p[2] * gen.normal() * (gen.bool() ? 1 : 3)); }

    @Override protected double baseLogDensity(double y, double[] p) { return LogNormalDistribution.of(p[1], p[2]).logDensity(y); }

    @Override protected double baseCdf(double x, double[] p) { return LogNormalDistribution.of(p[1], p[2]).cumulativeProbability(x); }

    @Override protected double baseMean(double[] p) { return Math.exp(p[1] + 0.5 * p[2] * p[2]); }

    @Override protected double baseSecondMoment(double[] p) { return Math.exp(2 * p[1] + 2 * p[2] * p[2]); }

    @Override protected double logCentre(double[] p) { return p[1]; }

    @Override protected double[][] typicalParameters() { return new double[][] {{0.7, 0, 0.5}, {0.3, 1.5, 0.25}, {0.9, -2, 1}}; }
}
