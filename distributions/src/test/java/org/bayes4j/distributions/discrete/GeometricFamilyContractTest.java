package org.bayes4j.distributions.discrete;

import org.apache.commons.statistics.distribution.GeometricDistribution;
import org.bayes4j.distributions.Pick;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.contract.DistributionFamilyContract;

/** Certifies {@code geometric(p)} against Commons Statistics' {@link GeometricDistribution} (failures before the first success). */
class GeometricFamilyContractTest extends DistributionFamilyContract {

    @Override protected DistributionFamily family() { return new GeometricFamily(); }

    @Override protected double[] parameters(Gen gen) {
        return new double[] {Pick.of(gen, gen.real(0.01, 1), gen.real(0.01, 1), gen.logUniform(1e-6, 1e-2), 1 - gen.logUniform(1e-15, 1e-2), 1)};
    }

    @Override protected double value(Gen gen, double[] p) {
        if (p[0] == 1) return 0;
        // inversion of a seeded uniform, so values follow the distribution's own scale
        return Math.min(1e9, Math.floor(Math.log1p(-gen.real(0, 0.999)) / Math.log1p(-p[0])));
    }

    /** The logit coordinate of the finite differences cannot resolve p within 1e-6 of 1 (1 - p keeps few digits). */
    @Override protected double[] gradientParameters(Gen gen) {
        return new double[] {Pick.of(gen, gen.real(0.01, 1 - 1e-6), gen.logUniform(1e-6, 1e-2), 1 - gen.logUniform(1e-6, 1e-2))};
    }

    @Override protected double referenceLogDensity(double y, double[] p) { return GeometricDistribution.of(p[0]).logProbability((int) y); }

    @Override protected double[][] typicalParameters() { return new double[][] {{0.3}, {0.85}, {0.02}}; }

    @Override protected double mean(double[] p) { return (1 - p[0]) / p[0]; }

    @Override protected double variance(double[] p) { return (1 - p[0]) / (p[0] * p[0]); }
}
