package org.bayes4j.distributions.discrete;

import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.bayes4j.distributions.Pick;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.contract.DistributionFamilyContract;

/** Certifies {@code bernoulli(p)} against Commons Statistics' Binomial(1, p). */
class BernoulliFamilyContractTest extends DistributionFamilyContract {

    @Override protected DistributionFamily family() { return new BernoulliFamily(); }

    @Override protected double[] parameters(Gen gen) {
        return new double[] {Pick.of(gen, gen.real(0, 1), gen.real(0, 1), gen.logUniform(1e-15, 1e-2), 1 - gen.logUniform(1e-15, 1e-2), 0, 1)};
    }

    @Override protected double value(Gen gen, double[] p) {
        if (p[0] == 0) return 0;
        if (p[0] == 1) return 1;
        return gen.integer(0, 1);
    }

    /** The logit coordinate of the finite differences cannot resolve p within 1e-9 of 1 (1 - p has few digits there). */
    @Override protected double[] gradientParameters(Gen gen) {
        return new double[] {Pick.of(gen, gen.real(0, 1), gen.logUniform(1e-12, 1e-2), 1 - gen.logUniform(1e-6, 1e-2))};
    }

    @Override protected double referenceLogDensity(double y, double[] p) { return BinomialDistribution.of(1, p[0]).logProbability((int) y); }

    @Override protected double[][] typicalParameters() { return new double[][] {{0.3}, {0.97}, {0.5}}; }

    @Override protected double mean(double[] p) { return p[0]; }

    @Override protected double variance(double[] p) { return p[0] * (1 - p[0]); }
}
