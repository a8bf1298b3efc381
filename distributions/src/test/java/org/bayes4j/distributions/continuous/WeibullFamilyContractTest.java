package org.bayes4j.distributions.continuous;

import org.apache.commons.numbers.gamma.Gamma;
import org.apache.commons.statistics.distribution.WeibullDistribution;
import org.bayes4j.distributions.Pick;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.contract.DistributionFamilyContract;

/** Certifies {@code weibull(alpha, sigma)} against Commons Statistics' {@link WeibullDistribution} (shape, scale). */
class WeibullFamilyContractTest extends DistributionFamilyContract {

    @Override protected DistributionFamily family() { return new WeibullFamily(); }

    @Override protected double[] parameters(Gen gen) {
        double alpha = gen.bool() ? gen.logUniform(0.3, 10) : gen.logUniform(0.05, 50);
        double sigma = gen.bool() ? gen.logUniform(0.1, 10) : gen.logUniform(1e-8, 1e8);
        return new double[] {alpha, sigma};
    }

    @Override protected double value(Gen gen, double[] p) {
        // y = sigma E^(1/alpha) with E spread over [1e-6, 30]: both tails
        return p[1] * Math.pow(gen.logUniform(1e-6, 30) * Pick.of(gen, 1, 1, 1e-3), 1 / p[0]);
    }

    /** In log coordinates the density's curvature grows like alpha^2 (y/sigma)^alpha: moderate shapes and E <= 10. */
    @Override protected double[] gradientParameters(Gen gen) { return new double[] {gen.logUniform(0.1, 10), gen.logUniform(1e-6, 1e6)}; }

    @Override protected double gradientValue(Gen gen, double[] p) { return p[1] * Math.pow(gen.logUniform(1e-6, 10), 1 / p[0]); }

    @Override protected double referenceLogDensity(double y, double[] p) { return WeibullDistribution.of(p[0], p[1]).logDensity(y); }

    @Override protected double[][] typicalParameters() { return new double[][] {{1.5, 1}, {0.7, 2}, {5, 0.3}}; }

    @Override protected double cdf(double x, double[] p) { return WeibullDistribution.of(p[0], p[1]).cumulativeProbability(x); }

    @Override protected double mean(double[] p) { return p[1] * Gamma.value(1 + 1 / p[0]); }

    @Override protected double variance(double[] p) {
        double g1 = Gamma.value(1 + 1 / p[0]);
        return p[1] * p[1] * (Gamma.value(1 + 2 / p[0]) - g1 * g1);
    }
}
