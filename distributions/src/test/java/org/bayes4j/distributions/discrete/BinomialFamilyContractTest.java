package org.bayes4j.distributions.discrete;

import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.bayes4j.distributions.Pick;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.contract.DistributionFamilyContract;

/** Certifies {@code binomial(n, p)} against Commons Statistics' {@link BinomialDistribution} (Loader's saddle-point form). */
class BinomialFamilyContractTest extends DistributionFamilyContract {

    @Override protected DistributionFamily family() { return new BinomialFamily(); }

    @Override protected double[] parameters(Gen gen) {
        double n = Pick.of(gen, gen.integer(0, 10), gen.integer(0, 200), gen.integer(0, 100_000));
        double p = Pick.of(gen, gen.real(0, 1), gen.real(0, 1), gen.logUniform(1e-15, 1e-2), 1 - gen.logUniform(1e-15, 1e-2), 0, 1);
        return new double[] {n, p};
    }

    @Override protected double value(Gen gen, double[] p) {
        int n = (int) p[0];
        if (gen.bool()) return gen.integer(0, n);
        // near the mean, where the mass is
        double sd = Math.sqrt(n * p[1] * (1 - p[1]));
        return Math.max(0, Math.min(n, Math.rint(n * p[1] + sd * gen.normal())));
    }

    /** The logit coordinate of the finite differences cannot resolve p within 1e-9 of 1 (1 - p has few digits there). */
    @Override protected double[] gradientParameters(Gen gen) {
        double n = gen.integer(0, 200);
        return new double[] {n, Pick.of(gen, gen.real(0, 1), gen.logUniform(1e-12, 1e-2), 1 - gen.logUniform(1e-6, 1e-2))};
    }

    @Override protected double referenceLogDensity(double y, double[] p) {
        return BinomialDistribution.of((int) p[0], p[1]).logProbability((int) y);
    }

    @Override protected double[] outsideSupport(double[] p) { return new double[] {p[0] + 1, p[0] + 17, p[0] + 0.5}; }

    @Override protected double[][] typicalParameters() { return new double[][] {{10, 0.3}, {1000, 0.02}, {57, 0.9}, {200_000, 0.5}}; }

    @Override protected double mean(double[] p) { return p[0] * p[1]; }

    @Override protected double variance(double[] p) { return p[0] * p[1] * (1 - p[1]); }
}
