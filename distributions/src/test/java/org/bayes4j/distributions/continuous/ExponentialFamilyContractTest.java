package org.bayes4j.distributions.continuous;

import org.apache.commons.statistics.distribution.ExponentialDistribution;
import org.bayes4j.distributions.Pick;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.contract.DistributionFamilyContract;

/** Certifies {@code exponential(rate)} against Commons Statistics' {@link ExponentialDistribution} (parameterised by the mean). */
class ExponentialFamilyContractTest extends DistributionFamilyContract {

    @Override protected DistributionFamily family() { return new ExponentialFamily(); }

    @Override protected double[] parameters(Gen gen) {
        return new double[] {gen.bool() ? gen.logUniform(0.1, 10) : gen.logUniform(1e-8, 1e8)};
    }

    @Override protected double value(Gen gen, double[] p) {
        return gen.logUniform(1e-3, 5) * Pick.of(gen, 1, 1, 10, 1e-6) / p[0];
    }

    @Override protected double referenceLogDensity(double y, double[] p) { return ExponentialDistribution.of(1 / p[0]).logDensity(y); }

    @Override protected double[][] typicalParameters() { return new double[][] {{1}, {0.2}, {30}}; }

    @Override protected double cdf(double x, double[] p) { return ExponentialDistribution.of(1 / p[0]).cumulativeProbability(x); }

    @Override protected double mean(double[] p) { return 1 / p[0]; }

    @Override protected double variance(double[] p) { return 1 / (p[0] * p[0]); }
}
