package org.bayes4j.distributions.combinators;

import org.bayes4j.distributions.Pick;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.contract.DistributionFamilyContract;

/** Certifies {@code hurdle_neg_binomial(psi, mu, phi)} against the naive hurdle formula on the textbook NB2 mass. */
class HurdleNegBinomialContractTest extends DistributionFamilyContract {

    @Override protected DistributionFamily family() { return new HurdleNegBinomialFamily(); }

    @Override protected double[] parameters(Gen gen) {
        return new double[] {gen.bool() ? gen.real(0.05, 0.95) : Pick.of(gen, 0.0, 1.0), gen.logUniform(0.1, 100), gen.logUniform(0.2, 50)};
    }

    @Override protected double value(Gen gen, double[] p) {
        double sd = Math.sqrt(p[1] + p[1] * p[1] / p[2]);
        return gen.bool() ? 0 : Math.max(1, Math.rint(p[1] + sd * gen.normal()));
    }

    @Override protected double[] gradientParameters(Gen gen) {
        return new double[] {gen.real(0.02, 0.98), gen.logUniform(0.1, 100), gen.logUniform(0.2, 50)};
    }

    @Override protected double referenceLogDensity(double y, double[] p) {
        return CountReferences.hurdle(y, p[0], CountReferences.negBinomial2(y, p[1], p[2]), CountReferences.negBinomial2(0, p[1], p[2]));
    }

    /** Log-gamma cancellation in the reference (absolute ~1e-11) and the naive 1 - p0(0) (relative ~1e-15 / (1 - p0(0))). */
    @Override protected double referenceRelativeTolerance() { return 1e-9; }

    @Override protected double referenceAbsoluteTolerance() { return 1e-10; }

    @Override protected double[][] typicalParameters() { return new double[][] {{0.6, 4, 2}, {0.3, 1.5, 0.8}, {0.9, 20, 10}}; }

    private static double positiveMass(double[] p) { return -Math.expm1(p[2] * Math.log(p[2] / (p[1] + p[2]))); }

    @Override protected double mean(double[] p) { return p[0] * p[1] / positiveMass(p); }

    @Override protected double variance(double[] p) {
        double second = (p[1] + p[1] * p[1] / p[2] + p[1] * p[1]) / positiveMass(p);
        return p[0] * second - Math.pow(mean(p), 2);
    }
}
