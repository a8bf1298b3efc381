package org.bayes4j.distributions.combinators;

import java.util.Map;

import org.apache.commons.statistics.distribution.ExponentialDistribution;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.contract.DistributionFamilyContract;

/**
 * Certifies {@code truncated(lower, upper, rate)} with an exponential base (a half-line base, so
 * a negative lower bound is cut at 0) against the naive $\log p_0(y) - \log(F_0(U) - F_0(L))$ by
 * survival functions, which do not cancel for an exponential.
 */
class TruncatedExponentialContractTest extends DistributionFamilyContract {

    private static final double INF = Double.POSITIVE_INFINITY;

    private final DistributionFamily family = new TruncatedFamily().configure(Map.of("base", "exponential"));

    @Override protected DistributionFamily family() { return family; }

    @Override protected double[] parameters(Gen gen) {
        double rate = gen.logUniform(0.1, 10);
        double lower = switch (gen.integer(0, 2)) {
            case 0 -> -INF;
            case 1 -> -gen.real(0, 2);
            default -> gen.real(0, 10) / rate;
        };
        double upper = gen.bool() ? INF : Math.max(lower, 0) + gen.logUniform(0.05, 5) / rate;
        return new double[] {lower, upper, rate};
    }

    @Override protected double value(Gen gen, double[] p) {
        double l = Math.max(p[0], 0), u = p[1];
        double y = Double.isFinite(u) ? l + (u - l) * gen.real(0, 1) : l + gen.logUniform(1e-3, 5) / p[2];
        return y == 0 ? Double.MIN_NORMAL : y;
    }

    @Override protected double[] gradientParameters(Gen gen) {
        double rate = gen.logUniform(0.2, 1);
        double lower = gen.bool() ? -INF : gen.real(1, 4) / rate;
        double upper = gen.bool() ? INF : Math.max(lower, 0) + gen.real(2, 5) / rate;
        return new double[] {lower, upper, rate};
    }

    @Override protected double gradientValue(Gen gen, double[] p) {
        double l = Math.max(p[0], 0), u = Double.isFinite(p[1]) ? p[1] : l + 3 / p[2];
        return l + (u - l) * gen.real(0.2, 0.8);
    }

    @Override protected double referenceLogDensity(double y, double[] p) {
        ExponentialDistribution d = ExponentialDistribution.of(1 / p[2]);
        double z = d.survivalProbability(p[0]) - d.survivalProbability(p[1]);
        return d.logDensity(y) - Math.log(z);
    }

    /** The naive difference of survival functions cancels for narrow intervals (width down to 0.05 / rate). */
    @Override protected double referenceRelativeTolerance() { return 1e-9; }

    @Override protected double referenceAbsoluteTolerance() { return 1e-11; }

    @Override protected double[][] invalidParameters() { return new double[][] {{1, 1, 1}, {2, 1, 1}}; }

    @Override protected double[][] typicalParameters() { return new double[][] {{-INF, 2, 1}, {1, INF, 0.5}, {0.5, 1.5, 3}}; }

    @Override protected double cdf(double x, double[] p) {
        ExponentialDistribution d = ExponentialDistribution.of(1 / p[2]);
        if (x <= p[0]) return 0;
        if (x >= p[1]) return 1;
        return (d.survivalProbability(p[0]) - d.survivalProbability(x)) / (d.survivalProbability(p[0]) - d.survivalProbability(p[1]));
    }
}
