package org.bayes4j.distributions.combinators;

import org.bayes4j.distributions.Pick;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.contract.DistributionFamilyContract;

/** Certifies {@code hurdle_poisson(psi, rate)} against the naive $1-\psi$ at zero and $\psi\,p(y)/(1 - e^{-\lambda})$ above. */
class HurdlePoissonContractTest extends DistributionFamilyContract {

    @Override protected DistributionFamily family() { return new HurdlePoissonFamily(); }

    @Override protected double[] parameters(Gen gen) {
        return new double[] {gen.bool() ? gen.real(0.05, 0.95) : Pick.of(gen, 0.0, 1.0, 1e-6), gen.logUniform(0.05, 100)};
    }

    @Override protected double value(Gen gen, double[] p) {
        return gen.bool() ? 0 : Math.max(1, Math.rint(p[1] + Math.sqrt(p[1]) * gen.normal()));
    }

    @Override protected double[] gradientParameters(Gen gen) { return new double[] {gen.real(0.02, 0.98), gen.logUniform(0.05, 100)}; }

    @Override protected double referenceLogDensity(double y, double[] p) {
        return CountReferences.hurdle(y, p[0], CountReferences.poisson(y, p[1]), -p[1]);
    }

    /** The naive 1 - e^{-rate} loses digits for small rates (relative error ~1e-16 / rate, rate down to 0.05). */
    @Override protected double referenceRelativeTolerance() { return 1e-9; }

    @Override protected double[][] typicalParameters() { return new double[][] {{0.7, 3}, {0.3, 0.5}, {0.9, 20}}; }

    /** psi times the zero-truncated Poisson's mean rate / (1 - e^-rate). */
    @Override protected double mean(double[] p) { return p[0] * p[1] / -Math.expm1(-p[1]); }

    @Override protected double variance(double[] p) {
        double second = (p[1] + p[1] * p[1]) / -Math.expm1(-p[1]);
        return p[0] * second - Math.pow(mean(p), 2);
    }
}
