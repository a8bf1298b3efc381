package org.bayes4j.distributions.combinators;

import org.bayes4j.distributions.Pick;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.contract.DistributionFamilyContract;

/** Certifies {@code zero_inflated_poisson(psi, rate)} against the naive $(1-\psi) + \psi e^{-\lambda}$ at zero, $\psi\,\mathrm{Poisson}(y)$ above. */
class ZeroInflatedPoissonContractTest extends DistributionFamilyContract {

    @Override protected DistributionFamily family() { return new ZeroInflatedPoissonFamily(); }

    @Override protected double[] parameters(Gen gen) {
        return new double[] {gen.bool() ? gen.real(0.05, 0.95) : Pick.of(gen, 0.0, 1.0, 1e-6, 1 - 1e-6), gen.logUniform(0.01, 100)};
    }

    @Override protected double value(Gen gen, double[] p) {
        return gen.bool() ? 0 : Math.max(0, Math.rint(p[1] + Math.sqrt(p[1]) * gen.normal()));
    }

    /** Interior psi, where the logit coordinate of the finite differences is finite. */
    @Override protected double[] gradientParameters(Gen gen) { return new double[] {gen.real(0.02, 0.98), gen.logUniform(0.01, 100)}; }

    @Override protected double referenceLogDensity(double y, double[] p) {
        return CountReferences.zeroInflated(y, p[0], CountReferences.poisson(y, p[1]));
    }

    /** Near-cancelling naive sums at psi = 1 - 1e-6 cost a few digits. */
    @Override protected double referenceRelativeTolerance() { return 1e-9; }

    @Override protected double[][] typicalParameters() { return new double[][] {{0.7, 3}, {0.3, 0.5}, {0.9, 20}}; }

    @Override protected double mean(double[] p) { return p[0] * p[1]; }

    /** psi E[Y0^2] - (psi E[Y0])^2 with E[Y0^2] = rate + rate^2. */
    @Override protected double variance(double[] p) { return p[0] * (p[1] + p[1] * p[1]) - Math.pow(p[0] * p[1], 2); }
}
