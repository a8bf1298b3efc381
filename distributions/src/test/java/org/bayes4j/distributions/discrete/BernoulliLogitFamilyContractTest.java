package org.bayes4j.distributions.discrete;

import org.bayes4j.distributions.Pick;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.contract.DistributionFamilyContract;

/**
 * Certifies {@code bernoulli_logit(alpha)} against the naive formula $-\log(1 + e^{-\alpha})$ at
 * $y = 1$ and $-\log(1 + e^{\alpha})$ at $y = 0$ (accurate for $|\alpha| < 700$ since {@code log1p}
 * handles the small case and the large case has no cancellation).
 */
class BernoulliLogitFamilyContractTest extends DistributionFamilyContract {

    @Override protected DistributionFamily family() { return new BernoulliLogitFamily(); }

    @Override protected double[] parameters(Gen gen) {
        return new double[] {Pick.of(gen, 3 * gen.normal(), gen.real(-30, 30), 30, -30, 40 * gen.normal(), 1e-9 * gen.normal())};
    }

    @Override protected double value(Gen gen, double[] p) { return gen.integer(0, 1); }

    @Override protected double referenceLogDensity(double y, double[] p) {
        return y == 1 ? -Math.log1p(Math.exp(-p[0])) : -Math.log1p(Math.exp(p[0]));
    }

    @Override protected double[][] typicalParameters() { return new double[][] {{0}, {2.5}, {-4}}; }

    @Override protected double mean(double[] p) { return 1 / (1 + Math.exp(-p[0])); }

    @Override protected double variance(double[] p) {
        double prob = 1 / (1 + Math.exp(-p[0]));
        return prob * (1 - prob);
    }
}
