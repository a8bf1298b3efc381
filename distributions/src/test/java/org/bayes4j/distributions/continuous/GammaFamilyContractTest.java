package org.bayes4j.distributions.continuous;

import org.apache.commons.numbers.gamma.RegularizedGamma;
import org.apache.commons.statistics.distribution.GammaDistribution;
import org.bayes4j.distributions.Pick;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.contract.DistributionFamilyContract;

/** Certifies {@code gamma(alpha, beta)} against Commons Statistics' {@link GammaDistribution} (shape, scale = 1/beta). */
class GammaFamilyContractTest extends DistributionFamilyContract {

    @Override protected DistributionFamily family() { return new GammaFamily(); }

    @Override protected double[] parameters(Gen gen) {
        double alpha = gen.bool() ? gen.logUniform(0.2, 20) : gen.logUniform(1e-3, 1e4);
        double beta = gen.bool() ? gen.logUniform(0.1, 10) : gen.logUniform(1e-6, 1e6);
        return new double[] {alpha, beta};
    }

    @Override protected double value(Gen gen, double[] p) {
        // around the mean on a log scale, reaching far into both tails
        return p[0] / p[1] * Math.exp(gen.normal() * Pick.of(gen, 0.3, 1, 3) / Math.sqrt(Math.min(p[0], 1e2) + 0.5));
    }

    @Override protected double referenceLogDensity(double y, double[] p) { return GammaDistribution.of(p[0], 1 / p[1]).logDensity(y); }

    @Override protected double[][] typicalParameters() { return new double[][] {{2, 1}, {0.5, 3}, {40, 0.2}}; }

    @Override protected double cdf(double x, double[] p) { return RegularizedGamma.P.value(p[0], p[1] * x); }

    @Override protected double mean(double[] p) { return p[0] / p[1]; }

    @Override protected double variance(double[] p) { return p[0] / (p[1] * p[1]); }
}
