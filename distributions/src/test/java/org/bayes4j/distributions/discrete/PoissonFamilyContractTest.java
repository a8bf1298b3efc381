package org.bayes4j.distributions.discrete;

import org.apache.commons.statistics.distribution.PoissonDistribution;
import org.bayes4j.distributions.Pick;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.contract.DistributionFamilyContract;

/** Certifies {@code poisson(rate)} against Commons Statistics' {@link PoissonDistribution}. */
class PoissonFamilyContractTest extends DistributionFamilyContract {

    @Override protected DistributionFamily family() { return new PoissonFamily(); }

    @Override protected double[] parameters(Gen gen) {
        return new double[] {gen.bool() ? gen.logUniform(0.1, 50) : gen.logUniform(1e-8, 1e6)};
    }

    @Override protected double value(Gen gen, double[] p) {
        if (gen.bool()) return gen.integer(0, 20);
        return Math.max(0, Math.rint(p[0] + Math.sqrt(p[0]) * gen.normal() * Pick.of(gen, 1, 1, 5)));
    }

    @Override protected double referenceLogDensity(double y, double[] p) { return PoissonDistribution.of(p[0]).logProbability((int) y); }

    @Override protected double[][] typicalParameters() { return new double[][] {{3.5}, {0.2}, {400}}; }

    @Override protected double mean(double[] p) { return p[0]; }

    @Override protected double variance(double[] p) { return p[0]; }
}
