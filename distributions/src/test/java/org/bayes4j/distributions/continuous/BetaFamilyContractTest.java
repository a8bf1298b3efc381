package org.bayes4j.distributions.continuous;

import org.apache.commons.statistics.distribution.BetaDistribution;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.contract.DistributionFamilyContract;

/** Certifies {@code beta(alpha, beta)} against Commons Statistics' {@link BetaDistribution}. */
class BetaFamilyContractTest extends DistributionFamilyContract {

    @Override protected DistributionFamily family() { return new BetaFamily(); }

    @Override protected double[] parameters(Gen gen) {
        double a = gen.bool() ? gen.logUniform(0.3, 20) : gen.logUniform(1e-2, 1e3);
        double b = gen.bool() ? gen.logUniform(0.3, 20) : gen.logUniform(1e-2, 1e3);
        return new double[] {a, b};
    }

    @Override protected double value(Gen gen, double[] p) {
        double y = gen.bool() ? gen.real(0, 1) : (gen.bool() ? gen.logUniform(1e-12, 1e-1) : 1 - gen.logUniform(1e-12, 1e-1));
        return y > 0 && y < 1 ? y : 0.5;
    }

    /** The logit coordinate of the finite differences cannot resolve y within 1e-6 of 1 (1 - y keeps few digits). */
    @Override protected double gradientValue(Gen gen, double[] p) {
        return gen.bool() ? gen.real(1e-6, 1 - 1e-6) : (gen.bool() ? gen.logUniform(1e-12, 1e-1) : 1 - gen.logUniform(1e-6, 1e-1));
    }

    @Override protected double referenceLogDensity(double y, double[] p) { return BetaDistribution.of(p[0], p[1]).logDensity(y); }

    @Override protected double[][] typicalParameters() { return new double[][] {{2, 3}, {0.5, 0.5}, {30, 4}}; }

    @Override protected double cdf(double x, double[] p) { return BetaDistribution.of(p[0], p[1]).cumulativeProbability(x); }

    @Override protected double mean(double[] p) { return p[0] / (p[0] + p[1]); }

    @Override protected double variance(double[] p) {
        double s = p[0] + p[1];
        return p[0] * p[1] / (s * s * (s + 1));
    }
}
