package org.bayes4j.distributions.continuous;

import org.apache.commons.numbers.gamma.RegularizedGamma;
import org.apache.commons.statistics.distribution.GammaDistribution;
import org.bayes4j.distributions.Pick;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.contract.DistributionFamilyContract;

/**
 * Certifies {@code inv_gamma(alpha, beta)}: reference by change of variables from Commons Statistics'
 * gamma, $\log p_Y(y) = \log p_X(1/y) - 2\log y$ with $X \sim \mathrm{Gamma}(\alpha, \text{rate } \beta)$.
 */
class InverseGammaFamilyContractTest extends DistributionFamilyContract {

    @Override protected DistributionFamily family() { return new InverseGammaFamily(); }

    @Override protected double[] parameters(Gen gen) {
        double alpha = gen.bool() ? gen.logUniform(0.2, 20) : gen.logUniform(1e-3, 1e4);
        double beta = gen.bool() ? gen.logUniform(0.1, 10) : gen.logUniform(1e-6, 1e6);
        return new double[] {alpha, beta};
    }

    @Override protected double value(Gen gen, double[] p) {
        return p[1] / p[0] * Math.exp(gen.normal() * Pick.of(gen, 0.3, 1, 3) / Math.sqrt(Math.min(p[0], 1e2) + 0.5));
    }

    @Override protected double referenceLogDensity(double y, double[] p) {
        return GammaDistribution.of(p[0], 1 / p[1]).logDensity(1 / y) - 2 * Math.log(y);
    }

    @Override protected double[][] typicalParameters() { return new double[][] {{3, 1}, {0.7, 2}, {12, 30}}; }

    /** P(Y <= y) = P(X >= 1/y), the upper regularised gamma function. */
    @Override protected double cdf(double x, double[] p) { return RegularizedGamma.Q.value(p[0], p[1] / x); }

    @Override protected double mean(double[] p) { return p[0] > 1 ? p[1] / (p[0] - 1) : Double.NaN; }

    /** Checked only where the fourth moment exists (alpha > 4). */
    @Override protected double variance(double[] p) {
        return p[0] > 4 ? p[1] * p[1] / ((p[0] - 1) * (p[0] - 1) * (p[0] - 2)) : Double.NaN;
    }
}
