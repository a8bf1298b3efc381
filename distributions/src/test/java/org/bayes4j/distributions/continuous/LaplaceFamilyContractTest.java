package org.bayes4j.distributions.continuous;

import org.apache.commons.statistics.distribution.LaplaceDistribution;
import org.bayes4j.distributions.Pick;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.contract.DistributionFamilyContract;

/** Certifies {@code laplace(mu, b)} against Commons Statistics' {@link LaplaceDistribution}. */
class LaplaceFamilyContractTest extends DistributionFamilyContract {

    @Override protected DistributionFamily family() { return new LaplaceFamily(); }

    @Override protected double[] parameters(Gen gen) {
        double b = gen.bool() ? gen.logUniform(0.1, 10) : gen.logUniform(1e-8, 1e8);
        double mu = gen.bool() ? 3 * gen.normal() : Pick.of(gen, -1e6, 1e6, 1e-9) * gen.normal();
        return new double[] {mu, b};
    }

    @Override protected double value(Gen gen, double[] p) { return p[0] + p[1] * gen.normal() * Pick.of(gen, 1, 1, 30, 1e-6); }

    @Override protected double[] gradientParameters(Gen gen) {
        double b = gen.logUniform(0.1, 1e4);
        return new double[] {b * gen.real(-5, 5), b};
    }

    /** Away from the kink at y = mu, where the density is not differentiable: at least 0.2 b. */
    @Override protected double gradientValue(Gen gen, double[] p) {
        double distance = p[1] * (0.2 + 5 * gen.real(0, 1));
        return p[0] + (gen.bool() ? distance : -distance);
    }

    @Override protected double referenceLogDensity(double y, double[] p) { return LaplaceDistribution.of(p[0], p[1]).logDensity(y); }

    @Override protected double[][] typicalParameters() { return new double[][] {{0, 1}, {2.5, 0.5}, {-3, 4}}; }

    @Override protected double cdf(double x, double[] p) { return LaplaceDistribution.of(p[0], p[1]).cumulativeProbability(x); }

    @Override protected double mean(double[] p) { return p[0]; }

    @Override protected double variance(double[] p) { return 2 * p[1] * p[1]; }
}
