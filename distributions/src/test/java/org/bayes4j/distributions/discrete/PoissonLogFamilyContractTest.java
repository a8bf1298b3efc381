package org.bayes4j.distributions.discrete;

import org.bayes4j.distributions.Pick;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.contract.DistributionFamilyContract;

/**
 * Certifies {@code poisson_log(alpha)} against the naive formula $y\alpha - e^\alpha - \log y!$ with
 * $\log y!$ summed term by term (independent of the implementation's log-gamma).
 */
class PoissonLogFamilyContractTest extends DistributionFamilyContract {

    @Override protected DistributionFamily family() { return new PoissonLogFamily(); }

    @Override protected double[] parameters(Gen gen) { return new double[] {gen.bool() ? gen.real(-3, 5) : gen.real(-20, 9)}; }

    @Override protected double value(Gen gen, double[] p) {
        double rate = Math.exp(p[0]);
        if (gen.bool()) return gen.integer(0, 20);
        return Math.max(0, Math.rint(rate + Math.sqrt(rate) * gen.normal() * Pick.of(gen, 1, 1, 5)));
    }

    @Override protected double referenceLogDensity(double y, double[] p) {
        double logFactorial = 0;
        for (int i = 2; i <= y; i++) logFactorial += Math.log(i);
        return y * p[0] - Math.exp(p[0]) - logFactorial;
    }

    /**
     * The log density is a difference of terms up to ~8e4 (y alpha, e^alpha, log y! at y ~ 1e4), and the
     * reference sums ~1e4 logarithms: absolute rounding ~1e-11 on a result that can be of order 1, hence a
     * 1e-10 absolute floor beside the default 1e-10 relative tolerance.
     */
    @Override protected double referenceAbsoluteTolerance() { return 1e-10; }

    @Override protected double[][] typicalParameters() { return new double[][] {{1.2}, {-1.6}, {6}}; }

    @Override protected double mean(double[] p) { return Math.exp(p[0]); }

    @Override protected double variance(double[] p) { return Math.exp(p[0]); }

}
