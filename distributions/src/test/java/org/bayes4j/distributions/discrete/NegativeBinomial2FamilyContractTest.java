package org.bayes4j.distributions.discrete;

import org.apache.commons.numbers.gamma.LogGamma;
import org.bayes4j.distributions.Pick;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.contract.DistributionFamilyContract;

/**
 * Certifies {@code neg_binomial_2(mu, phi)} against the textbook formula with three log-gammas,
 * $\log\Gamma(y+\phi) - \log\Gamma(y+1) - \log\Gamma(\phi) + y\log(\mu/(\mu+\phi)) + \phi\log(\phi/(\mu+\phi))$
 * (Commons Statistics' Pascal distribution needs an integer $\phi$).
 */
class NegativeBinomial2FamilyContractTest extends DistributionFamilyContract {

    @Override protected DistributionFamily family() { return new NegativeBinomial2Family(); }

    @Override protected double[] parameters(Gen gen) {
        double mu = gen.bool() ? gen.logUniform(0.1, 50) : gen.logUniform(1e-4, 1e4);
        double phi = gen.bool() ? gen.logUniform(0.2, 20) : gen.logUniform(1e-3, 1e3);
        return new double[] {mu, phi};
    }

    @Override protected double value(Gen gen, double[] p) {
        if (gen.bool()) return gen.integer(0, 20);
        double sd = Math.sqrt(p[0] + p[0] * p[0] / p[1]);
        return Math.max(0, Math.rint(p[0] + sd * gen.normal() * Pick.of(gen, 1, 1, 3)));
    }

    @Override protected double referenceLogDensity(double y, double[] p) {
        double mu = p[0], phi = p[1];
        return LogGamma.value(y + phi) - LogGamma.value(y + 1) - LogGamma.value(phi)
                + y * Math.log(mu / (mu + phi)) + phi * Math.log(phi / (mu + phi));
    }

    /**
     * The reference cancels log-gammas of size up to ~1e5 (y and phi up to ~1e4): absolute
     * rounding ~1e-11, so a 1e-10 absolute floor; the implementation's log-beta form does not cancel.
     */
    @Override protected double referenceAbsoluteTolerance() { return 1e-10; }

    @Override protected double[][] typicalParameters() { return new double[][] {{4, 2}, {0.7, 0.5}, {60, 15}}; }

    @Override protected double mean(double[] p) { return p[0]; }

    @Override protected double variance(double[] p) { return p[0] + p[0] * p[0] / p[1]; }
}
