package org.bayes4j.distributions.continuous;

import org.apache.commons.statistics.distribution.CauchyDistribution;
import org.bayes4j.distributions.Pick;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.contract.DistributionFamilyContract;

/** Certifies {@code half_cauchy(sigma)}: reference $\log 2$ + Commons Statistics' Cauchy(0, sigma) log density. No moments. */
class HalfCauchyFamilyContractTest extends DistributionFamilyContract {

    @Override protected DistributionFamily family() { return new HalfCauchyFamily(); }

    @Override protected double[] parameters(Gen gen) {
        return new double[] {gen.bool() ? gen.logUniform(0.1, 10) : gen.logUniform(1e-8, 1e8)};
    }

    @Override protected double value(Gen gen, double[] p) {
        return p[0] * Math.abs(gen.normal()) * Pick.of(gen, 1, 1, 100, 1e6, 1e-6) + Double.MIN_NORMAL;
    }

    @Override protected double referenceLogDensity(double y, double[] p) {
        return Math.log(2) + CauchyDistribution.of(0, p[0]).logDensity(y);
    }

    @Override protected double[][] typicalParameters() { return new double[][] {{1}, {0.1}, {25}}; }

    @Override protected double cdf(double x, double[] p) {
        // P(|X| <= x) = 1 - 2 P(X > x) = (2/pi) atan(x / sigma)
        return 1 - 2 * CauchyDistribution.of(0, p[0]).survivalProbability(x);
    }
}
