package org.bayes4j.distributions.combinators;

import java.util.List;

import org.apache.commons.statistics.distribution.PoissonDistribution;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.contract.DistributionFamilyContract;

/** Certifies a discrete {@code mixture(w, poisson, poisson)} against the naive $\log(w_1 p_1(y) + w_2 p_2(y))$. */
class PoissonMixtureContractTest extends DistributionFamilyContract {

    /** Configured once: the contract asks for the family many times per case, and configuring scans ServiceLoader. */
    private final DistributionFamily family = NormalLaplaceMixtureContractTest.mixture(List.of("poisson", "poisson"));

    @Override protected DistributionFamily family() { return family; }

    @Override protected int parameterSize(int i) { return i == 0 ? 2 : 1; }

    @Override protected double[] parameters(Gen gen) {
        double[] w = gen.simplex(2);
        return new double[] {w[0], w[1], gen.logUniform(0.05, 50), gen.logUniform(0.05, 50)};
    }

    @Override protected double value(Gen gen, double[] p) {
        double rate = p[2 + gen.integer(0, 1)];
        return Math.max(0, Math.rint(rate + Math.sqrt(rate) * gen.normal()));
    }

    @Override protected double referenceLogDensity(double y, double[] p) {
        int k = (int) y;
        return Math.log(p[0] * PoissonDistribution.of(p[2]).probability(k) + p[1] * PoissonDistribution.of(p[3]).probability(k));
    }

    @Override protected double[][] typicalParameters() { return new double[][] {{0.4, 0.6, 1, 8}, {0.9, 0.1, 0.3, 30}}; }

    @Override protected double mean(double[] p) { return p[0] * p[2] + p[1] * p[3]; }

    @Override protected double variance(double[] p) {
        double m = mean(p);
        return p[0] * (p[2] + p[2] * p[2]) + p[1] * (p[3] + p[3] * p[3]) - m * m;
    }
}
