package org.bayes4j.distributions.continuous;

import org.apache.commons.statistics.distribution.CauchyDistribution;
import org.bayes4j.distributions.Pick;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.contract.DistributionFamilyContract;

/**
 * Certifies {@code cauchy(mu, sigma)} against Commons Statistics' {@link CauchyDistribution}.
 * No moments exist, so draws are checked by the Kolmogorov-Smirnov test only.
 */
class CauchyFamilyContractTest extends DistributionFamilyContract {

    @Override protected DistributionFamily family() { return new CauchyFamily(); }

    @Override protected double[] parameters(Gen gen) {
        double sigma = gen.bool() ? gen.logUniform(0.1, 10) : gen.logUniform(1e-8, 1e8);
        double mu = gen.bool() ? 3 * gen.normal() : Pick.of(gen, -1e6, 1e6, 1e-9) * gen.normal();
        return new double[] {mu, sigma};
    }

    @Override protected double value(Gen gen, double[] p) {
        // far tails up to |z| = 1e6
        return p[0] + p[1] * gen.normal() * Pick.of(gen, 1, 1, 100, 1e6, 1e-6);
    }

    @Override protected double[] gradientParameters(Gen gen) {
        double sigma = gen.logUniform(0.1, 1e4);
        return new double[] {sigma * gen.real(-5, 5), sigma};
    }

    @Override protected double gradientValue(Gen gen, double[] p) {
        return p[0] + p[1] * gen.normal() * Pick.of(gen, 1, 1, 30, 1e-6);
    }

    @Override protected double referenceLogDensity(double y, double[] p) { return CauchyDistribution.of(p[0], p[1]).logDensity(y); }

    @Override protected double[][] typicalParameters() { return new double[][] {{0, 1}, {2.5, 0.5}, {-3, 4}}; }

    @Override protected double cdf(double x, double[] p) { return CauchyDistribution.of(p[0], p[1]).cumulativeProbability(x); }
}
