package org.bayes4j.distributions.discrete;

import org.bayes4j.distributions.Pick;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.contract.DistributionFamilyContract;

/**
 * Certifies {@code binomial_logit(n, alpha)} against the naive formula
 * $\log\binom{n}{y} - y\log(1 + e^{-\alpha}) - (n - y)\log(1 + e^{\alpha})$, with the binomial
 * coefficient as a sum of $\log((n - k + i)/i)$ (exact to about $k$ roundings, for the moderate
 * $n$ used here). A reference through $p = \sigma(\alpha)$ would itself be wrong at $|\alpha| = 30$.
 */
class BinomialLogitFamilyContractTest extends DistributionFamilyContract {

    @Override protected DistributionFamily family() { return new BinomialLogitFamily(); }

    @Override protected double[] parameters(Gen gen) {
        double n = Pick.of(gen, gen.integer(0, 10), gen.integer(0, 200), gen.integer(0, 5_000));
        double alpha = Pick.of(gen, 3 * gen.normal(), gen.real(-30, 30), 30, -30, 40 * gen.normal());
        return new double[] {n, alpha};
    }

    @Override protected double value(Gen gen, double[] p) {
        int n = (int) p[0];
        if (gen.bool()) return Pick.of(gen, gen.integer(0, n), 0, n);
        double prob = 1 / (1 + Math.exp(-p[1]));
        double sd = Math.sqrt(n * prob * (1 - prob));
        return Math.max(0, Math.min(n, Math.rint(n * prob + sd * gen.normal())));
    }

    @Override protected double referenceLogDensity(double y, double[] p) {
        double n = p[0], a = p[1];
        double k = Math.min(y, n - y);
        double logChoose = 0;
        for (int i = 1; i <= k; i++) logChoose += Math.log((n - k + i) / i);
        double lp = logChoose;
        if (y > 0) lp -= y * Math.log1p(Math.exp(-a));
        if (n - y > 0) lp -= (n - y) * Math.log1p(Math.exp(a));
        return lp;
    }

    /**
     * The reference's binomial coefficient accumulates up to n/2 = 2500 roundings of terms of
     * size up to log(n), about 2500 * 1e-16 * 8 = 2e-12 absolute; the density near its mode is
     * of order 1, hence 1e-10 relative with a 1e-11 absolute floor.
     */
    @Override protected double referenceAbsoluteTolerance() { return 1e-11; }

    @Override protected double[] outsideSupport(double[] p) { return new double[] {p[0] + 1, p[0] + 17, p[0] + 0.5}; }

    @Override protected double[][] typicalParameters() { return new double[][] {{10, -0.8}, {1000, -4}, {57, 2.2}, {200_000, 0}}; }

    @Override protected double mean(double[] p) { return p[0] / (1 + Math.exp(-p[1])); }

    @Override protected double variance(double[] p) {
        double prob = 1 / (1 + Math.exp(-p[1]));
        return p[0] * prob * (1 - prob);
    }
}
