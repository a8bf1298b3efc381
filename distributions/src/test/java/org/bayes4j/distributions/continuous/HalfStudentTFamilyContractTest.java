package org.bayes4j.distributions.continuous;

import org.apache.commons.statistics.distribution.TDistribution;
import org.bayes4j.distributions.Pick;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.contract.DistributionFamilyContract;

/** Certifies {@code half_student_t(nu, sigma)}: reference $\log 2 + \log t_\nu(y/\sigma) - \log\sigma$ from Commons Statistics. */
class HalfStudentTFamilyContractTest extends DistributionFamilyContract {

    @Override protected DistributionFamily family() { return new HalfStudentTFamily(); }

    @Override protected double[] parameters(Gen gen) {
        double nu = gen.bool() ? gen.logUniform(0.5, 50) : gen.logUniform(1e-3, 1e6);
        double sigma = gen.bool() ? gen.logUniform(0.1, 10) : gen.logUniform(1e-8, 1e8);
        return new double[] {nu, sigma};
    }

    @Override protected double value(Gen gen, double[] p) {
        return p[1] * Math.abs(gen.normal()) * Pick.of(gen, 1, 1, 100, 1e4, 1e-6) + Double.MIN_NORMAL;
    }

    @Override protected double[] gradientParameters(Gen gen) { return new double[] {gen.logUniform(0.05, 1e4), gen.logUniform(1e-6, 1e6)}; }

    @Override protected double gradientValue(Gen gen, double[] p) {
        return p[1] * Math.abs(gen.normal()) * Pick.of(gen, 1, 1, 30, 1e-6) + Double.MIN_NORMAL;
    }

    @Override protected double referenceLogDensity(double y, double[] p) {
        return Math.log(2) + TDistribution.of(p[0]).logDensity(y / p[1]) - Math.log(p[1]);
    }

    @Override protected double[][] typicalParameters() { return new double[][] {{3, 1}, {10, 0.5}, {1.5, 4}}; }

    @Override protected double cdf(double x, double[] p) { return 1 - 2 * TDistribution.of(p[0]).survivalProbability(x / p[1]); }
}
