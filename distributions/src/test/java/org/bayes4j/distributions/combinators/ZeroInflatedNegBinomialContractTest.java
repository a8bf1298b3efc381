package org.bayes4j.distributions.combinators;

import org.bayes4j.distributions.Pick;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.contract.DistributionFamilyContract;

/** Certifies {@code zero_inflated_neg_binomial(psi, mu, phi)} against the naive formula on the textbook NB2 mass. */
class ZeroInflatedNegBinomialContractTest extends DistributionFamilyContract {

    @Override protected DistributionFamily family() { return new ZeroInflatedNegBinomialFamily(); }

    @Override protected double[] parameters(Gen gen) {
        return new double[] {gen.bool() ? gen.real(0.05, 0.95) : Pick.of(gen, 0.0, 1.0), gen.logUniform(0.05, 100), gen.logUniform(0.1, 50)};
    }

    @Override protected double value(Gen gen, double[] p) {
        double sd = Math.sqrt(p[1] + p[1] * p[1] / p[2]);
        return gen.bool() ? 0 : Math.max(0, Math.rint(p[1] + sd * gen.normal()));
    }

    @Override protected double[] gradientParameters(Gen gen) {
        return new double[] {gen.real(0.02, 0.98), gen.logUniform(0.05, 100), gen.logUniform(0.1, 50)};
    }

    @Override protected double referenceLogDensity(double y, double[] p) {
        return CountReferences.zeroInflated(y, p[0], CountReferences.negBinomial2(y, p[1], p[2]));
    }

    /** The reference cancels log-gammas (see NegativeBinomial2FamilyContractTest): an absolute floor of 1e-10. */
    @Override protected double referenceAbsoluteTolerance() { return 1e-10; }

    @Override protected double[][] typicalParameters() { return new double[][] {{0.6, 4, 2}, {0.3, 0.7, 0.5}, {0.9, 20, 10}}; }

    @Override protected double mean(double[] p) { return p[0] * p[1]; }

    @Override protected double variance(double[] p) {
        double second = p[1] + p[1] * p[1] / p[2] + p[1] * p[1];
        return p[0] * second - Math.pow(p[0] * p[1], 2);
    }
}
