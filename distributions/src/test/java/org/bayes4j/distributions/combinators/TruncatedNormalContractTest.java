package org.bayes4j.distributions.combinators;

import java.util.Map;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.contract.DistributionFamilyContract;

/**
 * Certifies {@code truncated(lower, upper, mu, sigma)} with a normal base against the naive
 * $\log\phi - \log(\Phi(U) - \Phi(L))$ on Commons Statistics (through the survival function when
 * $L$ is above the mean, where the difference of CDFs would cancel). Cases: two-sided, one-sided
 * ($\pm\infty$ bounds), untruncated, and bounds far in the upper tail (up to $L = \mu + 25\sigma$).
 */
class TruncatedNormalContractTest extends DistributionFamilyContract {

    private static final double INF = Double.POSITIVE_INFINITY;

    /** Configured once: the contract asks for the family many times per case, and configuring scans ServiceLoader. */
    private final DistributionFamily family = new TruncatedFamily().configure(Map.of("base", "normal"));

    @Override protected DistributionFamily family() { return family; }

    @Override protected double[] parameters(Gen gen) {
        double mu = 3 * gen.normal(), sigma = gen.logUniform(0.1, 10);
        double lower, upper;
        switch (gen.integer(0, 4)) {
            case 0 -> { lower = mu + sigma * gen.real(-3, 1); upper = lower + sigma * gen.logUniform(0.05, 5); }
            case 1 -> { lower = mu + sigma * gen.real(-3, 3); upper = INF; }
            case 2 -> { lower = -INF; upper = mu + sigma * gen.real(-3, 3); }
            case 3 -> { lower = mu + sigma * gen.real(5, 25); upper = gen.bool() ? INF : lower + sigma * gen.logUniform(0.01, 1); }
            default -> { lower = -INF; upper = INF; }
        }
        return new double[] {lower, upper, mu, sigma};
    }

    @Override protected double value(Gen gen, double[] p) {
        double l = p[0], u = p[1], mu = p[2], sigma = p[3];
        if (Double.isFinite(l) && Double.isFinite(u)) return l + (u - l) * gen.real(0, 1);
        // the mass of a one-sided normal tail sits within about sigma / max(1, |z|) of the bound
        if (Double.isFinite(l)) return l + sigma / Math.max(1, (l - mu) / sigma) * Math.abs(gen.normal()) * 2;
        if (Double.isFinite(u)) return u - sigma / Math.max(1, (mu - u) / sigma) * Math.abs(gen.normal()) * 2;
        return mu + sigma * gen.normal();
    }

    /** Bounds at least a unit apart and values a fifth of the interval inside them: finite-difference steps in a bound never cross the value. */
    @Override protected double[] gradientParameters(Gen gen) {
        double mu = 3 * gen.normal(), sigma = gen.logUniform(1, 10);
        double lower = gen.integer(0, 3) == 0 ? -INF : mu + sigma * gen.real(-3, 2);
        double upper = gen.integer(0, 3) == 0 ? INF : (Double.isFinite(lower) ? lower : mu - sigma) + sigma * gen.real(1, 4);
        return new double[] {lower, upper, mu, sigma};
    }

    @Override protected double gradientValue(Gen gen, double[] p) {
        double l = Double.isFinite(p[0]) ? p[0] : p[1] - 3 * p[3], u = Double.isFinite(p[1]) ? p[1] : l + 3 * p[3];
        if (!Double.isFinite(l)) l = p[2] - p[3];
        if (!Double.isFinite(u)) u = l + 3 * p[3];
        return l + (u - l) * gen.real(0.2, 0.8);
    }

    @Override protected double referenceLogDensity(double y, double[] p) {
        NormalDistribution d = NormalDistribution.of(p[2], p[3]);
        double z = d.cumulativeProbability(p[0]) > 0.5
                ? d.survivalProbability(p[0]) - d.survivalProbability(p[1])
                : d.cumulativeProbability(p[1]) - d.cumulativeProbability(p[0]);
        return d.logDensity(y) - Math.log(z);
    }

    /** The naive difference of two CDFs loses digits to cancellation when the interval is narrow (width down to 0.01 sigma). */
    @Override protected double referenceRelativeTolerance() { return 1e-8; }

    @Override protected double referenceAbsoluteTolerance() { return 1e-9; }

    @Override protected double[] outsideSupport(double[] p) {
        return new double[] {Double.isFinite(p[0]) ? p[0] - 1e-3 * Math.max(1, Math.abs(p[0])) : Double.NaN,
            Double.isFinite(p[1]) ? p[1] + 1e-3 * Math.max(1, Math.abs(p[1])) : Double.NaN};
    }

    @Override protected double[][] invalidParameters() { return new double[][] {{1, 1, 0, 1}, {2, -1, 0, 1}}; }

    @Override protected double[][] typicalParameters() { return new double[][] {{-1, 2, 0, 1}, {0, INF, 1, 2}, {-INF, 0.5, 0, 1}}; }

    @Override protected double cdf(double x, double[] p) {
        NormalDistribution d = NormalDistribution.of(p[2], p[3]);
        if (x <= p[0]) return 0;
        if (x >= p[1]) return 1;
        return (d.cumulativeProbability(x) - d.cumulativeProbability(p[0])) / (d.cumulativeProbability(p[1]) - d.cumulativeProbability(p[0]));
    }

    /** Standardised bounds a, b; phi(+-inf) = 0 and a phi(a) = 0 at infinity. */
    private static double[] moments(double[] p) {
        NormalDistribution s = NormalDistribution.of(0, 1);
        double a = (p[0] - p[2]) / p[3], b = (p[1] - p[2]) / p[3];
        double pa = Double.isFinite(a) ? s.density(a) : 0, pb = Double.isFinite(b) ? s.density(b) : 0;
        double apa = Double.isFinite(a) ? a * pa : 0, bpb = Double.isFinite(b) ? b * pb : 0;
        double z = s.cumulativeProbability(b) - s.cumulativeProbability(a);
        double shift = (pa - pb) / z;
        return new double[] {p[2] + p[3] * shift, p[3] * p[3] * (1 + (apa - bpb) / z - shift * shift)};
    }

    @Override protected double mean(double[] p) { return moments(p)[0]; }

    @Override protected double variance(double[] p) { return moments(p)[1]; }
}
