package org.bayes4j.distributions.combinators;

import org.apache.commons.numbers.gamma.RegularizedGamma;
import org.apache.commons.statistics.distribution.GammaDistribution;
import org.bayes4j.distributions.Pick;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.testkit.Gen;

/** Certifies {@code hurdle_gamma(psi, alpha, beta)} (shape, rate) against Commons Statistics' gamma density. */
class HurdleGammaContractTest extends ContinuousHurdleContract {

    @Override protected DistributionFamily family() { return new HurdleGammaFamily(); }

    @Override protected double[] parameters(Gen gen) {
        return new double[] {gen.bool() ? gen.real(0.05, 0.95) : Pick.of(gen, 0.0, 1.0), gen.logUniform(0.2, 20), gen.logUniform(0.1, 10)};
    }

    @Override protected double[] gradientParameters(Gen gen) {
        return new double[] {gen.real(0.02, 0.98), gen.logUniform(0.2, 20), gen.logUniform(0.1, 10)};
    }

    @Override protected double positiveValue(Gen gen, double[] p) {
        return p[1] / p[2] * Math.exp(gen.normal() * (gen.bool() ? 0.3 : 1) / Math.sqrt(p[1] + 0.5));
    }

    @Override protected double baseLogDensity(double y, double[] p) { return GammaDistribution.of(p[1], 1 / p[2]).logDensity(y); }

    @Override protected double baseCdf(double x, double[] p) { return RegularizedGamma.P.value(p[1], p[2] * x); }

    @Override protected double baseMean(double[] p) { return p[1] / p[2]; }

    @Override protected double baseSecondMoment(double[] p) { return p[1] * (p[1] + 1) / (p[2] * p[2]); }

    @Override protected double logCentre(double[] p) { return Math.log(p[1] / p[2]); }

    @Override protected double[][] typicalParameters() { return new double[][] {{0.7, 2, 1}, {0.3, 0.5, 3}, {0.9, 40, 0.2}}; }
}
