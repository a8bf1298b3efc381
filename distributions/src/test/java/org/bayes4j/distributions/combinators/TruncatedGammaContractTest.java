package org.bayes4j.distributions.combinators;

import java.util.Map;

import org.apache.commons.statistics.distribution.GammaDistribution;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.contract.DistributionFamilyContract;

/**
 * Certifies {@code truncated(lower, upper, alpha, beta)} with a gamma base, whose CDF is the
 * regularised incomplete gamma function and whose shape partial comes from its derivative in the
 * shape (the continued fraction and series carried in forward mode), against
 * $\log p_0(y) - \log(F_0(U) - F_0(L))$ by Commons Statistics.
 */
class TruncatedGammaContractTest extends DistributionFamilyContract {

    private static final double INF = Double.POSITIVE_INFINITY;

    private final DistributionFamily family = new TruncatedFamily().configure(Map.of("base", "gamma"));

    @Override protected DistributionFamily family() { return family; }

    private static GammaDistribution base(double[] p) { return GammaDistribution.of(p[2], 1 / p[3]); }

    @Override protected double[] parameters(Gen gen) {
        double alpha = gen.logUniform(0.3, 30), rate = gen.logUniform(0.1, 10);
        double mean = alpha / rate, sd = Math.sqrt(alpha) / rate;
        double lower = gen.bool() ? -INF : Math.max(0, mean + sd * gen.real(-2, 1));
        double upper = gen.bool() ? INF : Math.max(lower, 0) + sd * gen.logUniform(0.2, 4);
        return new double[] {lower, upper, alpha, rate};
    }

    @Override protected double value(Gen gen, double[] p) {
        GammaDistribution d = base(p);
        // a draw of the truncated law by inverting the base CDF
        double fl = p[0] > 0 ? d.cumulativeProbability(p[0]) : 0, fu = Double.isFinite(p[1]) ? d.cumulativeProbability(p[1]) : 1;
        double y = d.inverseCumulativeProbability(fl + (fu - fl) * gen.real(0.01, 0.99));
        return Math.max(y, Double.MIN_NORMAL);
    }

    @Override protected double[] gradientParameters(Gen gen) {
        double alpha = gen.logUniform(1, 10), rate = gen.logUniform(0.5, 2);
        double mean = alpha / rate, sd = Math.sqrt(alpha) / rate;
        double lower = gen.bool() ? -INF : Math.max(0.1 * mean, mean - sd);
        double upper = gen.bool() ? INF : mean + sd * gen.real(0.5, 2);
        return new double[] {lower, upper, alpha, rate};
    }

    @Override protected double gradientValue(Gen gen, double[] p) {
        double l = Math.max(p[0], 0), mean = p[2] / p[3];
        double u = Double.isFinite(p[1]) ? p[1] : mean + 2 * Math.sqrt(p[2]) / p[3];
        return l + (u - l) * gen.real(0.2, 0.8);
    }

    @Override protected double referenceLogDensity(double y, double[] p) {
        return base(p).logDensity(y) - Math.log(mass(base(p), Math.max(p[0], 0), p[1]));
    }

    /** F(u) - F(l) by CDFs in the lower tail and by survival functions in the upper, so neither cancels. */
    private static double mass(GammaDistribution d, double l, double u) {
        double fu = Double.isFinite(u) ? d.cumulativeProbability(u) : 1;
        if (fu < 0.5) return fu - d.cumulativeProbability(l);
        return d.survivalProbability(l) - (Double.isFinite(u) ? d.survivalProbability(u) : 0);
    }

    @Override protected double referenceRelativeTolerance() { return 1e-9; }

    @Override protected double referenceAbsoluteTolerance() { return 1e-11; }

    @Override protected double[][] invalidParameters() { return new double[][] {{1, 1, 2, 1}, {2, 1, 2, 1}, {0, 1, -1, 1}}; }

    @Override protected double[][] typicalParameters() { return new double[][] {{-INF, 2, 2, 1}, {1, INF, 3, 0.5}, {0.5, 1.5, 0.7, 3}}; }

    @Override protected double cdf(double x, double[] p) {
        GammaDistribution d = base(p);
        double l = Math.max(p[0], 0);
        if (x <= l) return 0;
        if (x >= p[1]) return 1;
        return mass(d, l, x) / mass(d, l, p[1]);
    }
}
