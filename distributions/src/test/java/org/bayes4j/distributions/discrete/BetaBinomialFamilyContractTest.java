package org.bayes4j.distributions.discrete;

import org.apache.commons.numbers.gamma.LogGamma;
import org.bayes4j.distributions.Pick;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.contract.DistributionFamilyContract;

/**
 * Certifies {@code beta_binomial(n, alpha, beta)} against the textbook formula in nine log-gammas,
 * $\log\frac{\Gamma(n+1)\Gamma(y+\alpha)\Gamma(n-y+\beta)\Gamma(\alpha+\beta)}{\Gamma(y+1)\Gamma(n-y+1)\Gamma(n+\alpha+\beta)\Gamma(\alpha)\Gamma(\beta)}$
 * (Commons Statistics has no beta-binomial).
 */
class BetaBinomialFamilyContractTest extends DistributionFamilyContract {

    @Override protected DistributionFamily family() { return new BetaBinomialFamily(); }

    @Override protected double[] parameters(Gen gen) {
        double n = Pick.of(gen, gen.integer(0, 10), gen.integer(0, 200), gen.integer(0, 2000));
        double a = gen.bool() ? gen.logUniform(0.3, 20) : gen.logUniform(1e-2, 1e3);
        double b = gen.bool() ? gen.logUniform(0.3, 20) : gen.logUniform(1e-2, 1e3);
        return new double[] {n, a, b};
    }

    @Override protected double value(Gen gen, double[] p) {
        int n = (int) p[0];
        if (gen.bool()) return Pick.of(gen, gen.integer(0, n), 0, n);
        return Math.max(0, Math.min(n, Math.rint(n * p[1] / (p[1] + p[2]) + Math.sqrt(n) * gen.normal())));
    }

    @Override protected double referenceLogDensity(double y, double[] p) {
        double n = p[0], a = p[1], b = p[2];
        return LogGamma.value(n + 1) - LogGamma.value(y + 1) - LogGamma.value(n - y + 1)
                + LogGamma.value(y + a) + LogGamma.value(n - y + b) - LogGamma.value(n + a + b)
                - LogGamma.value(a) - LogGamma.value(b) + LogGamma.value(a + b);
    }

    /**
     * The reference adds and subtracts nine log-gammas of size up to ~2e4 (n, alpha, beta up to
     * ~1e3): absolute rounding ~1e-11 on results that can be of order 1, hence a 1e-10 absolute floor.
     */
    @Override protected double referenceAbsoluteTolerance() { return 1e-10; }

    @Override protected double[] outsideSupport(double[] p) { return new double[] {p[0] + 1, p[0] + 17, p[0] + 0.5}; }

    @Override protected double[][] typicalParameters() { return new double[][] {{10, 2, 3}, {50, 0.5, 0.7}, {400, 20, 5}}; }

    @Override protected double mean(double[] p) { return p[0] * p[1] / (p[1] + p[2]); }

    @Override protected double variance(double[] p) {
        double n = p[0], a = p[1], b = p[2], s = a + b;
        return n * a * b * (s + n) / (s * s * (s + 1));
    }
}
