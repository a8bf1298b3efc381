package org.bayes4j.distributions.continuous;

import org.apache.commons.statistics.distribution.TDistribution;
import org.bayes4j.distributions.Pick;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.contract.DistributionFamilyContract;

/**
 * Certifies {@code student_t(nu, mu, sigma)}: reference $\log t_\nu((y-\mu)/\sigma) - \log\sigma$
 * from Commons Statistics' standard {@link TDistribution}.
 */
class StudentTFamilyContractTest extends DistributionFamilyContract {

    @Override protected DistributionFamily family() { return new StudentTFamily(); }

    @Override protected double[] parameters(Gen gen) {
        double nu = gen.bool() ? gen.logUniform(0.5, 50) : gen.logUniform(1e-3, 1e6);
        double sigma = gen.bool() ? gen.logUniform(0.1, 10) : gen.logUniform(1e-8, 1e8);
        double mu = gen.bool() ? 3 * gen.normal() : Pick.of(gen, -1e6, 1e6, 1e-9) * gen.normal();
        return new double[] {nu, mu, sigma};
    }

    @Override protected double value(Gen gen, double[] p) {
        return p[1] + p[2] * gen.normal() * Pick.of(gen, 1, 1, 100, 1e4, 1e-6);
    }

    @Override protected double[] gradientParameters(Gen gen) {
        double sigma = gen.logUniform(0.1, 1e4);
        return new double[] {gen.logUniform(0.05, 1e4), sigma * gen.real(-5, 5), sigma};
    }

    @Override protected double gradientValue(Gen gen, double[] p) {
        return p[1] + p[2] * gen.normal() * Pick.of(gen, 1, 1, 30, 1e-6);
    }

    @Override protected double referenceLogDensity(double y, double[] p) {
        return TDistribution.of(p[0]).logDensity((y - p[1]) / p[2]) - Math.log(p[2]);
    }

    @Override protected double[][] typicalParameters() { return new double[][] {{5, 0, 1}, {30, 2.5, 0.5}, {1.5, -3, 4}}; }

    @Override protected double cdf(double x, double[] p) { return TDistribution.of(p[0]).cumulativeProbability((x - p[1]) / p[2]); }

    @Override protected double mean(double[] p) { return p[0] > 1 ? p[1] : Double.NaN; }

    /** Checked only where the fourth moment (needed for the variance's standard error) exists: nu > 4. */
    @Override protected double variance(double[] p) { return p[0] > 4 ? p[2] * p[2] * p[0] / (p[0] - 2) : Double.NaN; }
}
