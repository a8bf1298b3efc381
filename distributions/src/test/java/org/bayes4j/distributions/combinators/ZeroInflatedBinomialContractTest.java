package org.bayes4j.distributions.combinators;

import org.bayes4j.distributions.Pick;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.contract.DistributionFamilyContract;

/** Certifies {@code zero_inflated_binomial(psi, n, p)} against the naive formula on Commons Statistics' binomial. */
class ZeroInflatedBinomialContractTest extends DistributionFamilyContract {

    @Override protected DistributionFamily family() { return new ZeroInflatedBinomialFamily(); }

    @Override protected double[] parameters(Gen gen) {
        return new double[] {gen.bool() ? gen.real(0.05, 0.95) : Pick.of(gen, 0.0, 1.0), gen.integer(0, 40), gen.real(0.01, 0.99)};
    }

    @Override protected double value(Gen gen, double[] p) { return gen.bool() ? 0 : gen.integer(0, (int) p[1]); }

    @Override protected double[] gradientParameters(Gen gen) {
        return new double[] {gen.real(0.02, 0.98), gen.integer(0, 40), gen.real(0.02, 0.98)};
    }

    @Override protected double referenceLogDensity(double y, double[] p) {
        return CountReferences.zeroInflated(y, p[0], CountReferences.binomial(y, p[1], p[2]));
    }

    @Override protected double[] outsideSupport(double[] p) { return new double[] {p[1] + 1, p[1] + 5}; }

    @Override protected double[][] typicalParameters() { return new double[][] {{0.7, 10, 0.3}, {0.4, 3, 0.8}, {0.95, 25, 0.5}}; }

    @Override protected double mean(double[] p) { return p[0] * p[1] * p[2]; }

    @Override protected double variance(double[] p) {
        double m0 = p[1] * p[2], second = p[1] * p[2] * (1 - p[2]) + m0 * m0;
        return p[0] * second - Math.pow(p[0] * m0, 2);
    }
}
