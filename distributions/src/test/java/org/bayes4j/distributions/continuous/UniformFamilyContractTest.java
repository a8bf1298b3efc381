package org.bayes4j.distributions.continuous;

import org.apache.commons.statistics.distribution.UniformContinuousDistribution;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.contract.DistributionFamilyContract;

/**
 * Certifies {@code uniform(lower, upper)} against Commons Statistics' {@link UniformContinuousDistribution}.
 * Lower bounds are drawn below -1e-3 and upper bounds above 1e-3, so any mix of broadcast and per-event
 * bounds is a valid pair.
 */
class UniformFamilyContractTest extends DistributionFamilyContract {

    @Override protected DistributionFamily family() { return new UniformFamily(); }

    @Override protected double[] parameters(Gen gen) {
        return new double[] {-gen.logUniform(1e-3, 1e6), gen.logUniform(1e-3, 1e6)};
    }

    @Override protected double value(Gen gen, double[] p) {
        double y = p[0] + (p[1] - p[0]) * gen.real(1e-9, 1 - 1e-9);
        return y > p[0] && y < p[1] ? y : 0;
    }

    /** Bounds of moderate size, values well inside: a finite-difference step in a bound must not cross the value. */
    @Override protected double[] gradientParameters(Gen gen) { return new double[] {-gen.real(1, 10), gen.real(1, 10)}; }

    @Override protected double gradientValue(Gen gen, double[] p) { return p[0] + (p[1] - p[0]) * gen.real(0.1, 0.9); }

    @Override protected double referenceLogDensity(double y, double[] p) {
        return UniformContinuousDistribution.of(p[0], p[1]).logDensity(y);
    }

    @Override protected double[][] invalidParameters() { return new double[][] {{1, 1}, {2, 1}, {-1, -3}}; }

    @Override protected double[][] typicalParameters() { return new double[][] {{-1, 1}, {-0.5, 3}, {-100, 0.25}}; }

    @Override protected double cdf(double x, double[] p) { return UniformContinuousDistribution.of(p[0], p[1]).cumulativeProbability(x); }

    @Override protected double mean(double[] p) { return 0.5 * (p[0] + p[1]); }

    @Override protected double variance(double[] p) { return (p[1] - p[0]) * (p[1] - p[0]) / 12; }
}
