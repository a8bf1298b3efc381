package org.bayes4j.distributions.combinators;

import java.util.Arrays;
import java.util.Map;

import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.Interval;
import org.bayes4j.spi.constraint.LowerBounded;
import org.bayes4j.spi.constraint.Real;
import org.bayes4j.spi.constraint.UpperBounded;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.Tolerance;
import org.bayes4j.testkit.contract.DistributionCall;
import org.bayes4j.testkit.contract.DistributionFamilyContract;
import org.bayes4j.testkit.contract.DistributionGoodnessOfFit;
import org.bayes4j.testkit.contract.DistributionQuadrature;
import org.junit.jupiter.api.Test;

/**
 * Certifies {@code censored(lower, upper, mu, sigma)} with a normal base against the naive
 * $\log\Phi(L)$, $\log\phi(y)$, $\log(1 - \Phi(U))$ of Commons Statistics.
 *
 * <p>Two laws are restated for the atoms at the censoring points (as for the continuous hurdles):
 * {@link #normalises} adds the atoms' masses to the integral over $(L, U)$, and
 * {@link #drawsFitTheDistribution} checks the fraction of draws at each censoring point (5 standard
 * errors, false failure 5.7e-7 each) and the interior draws by Kolmogorov-Smirnov against the
 * normal truncated to $(L, U)$ (DKW, false failure 1e-6), since the testkit's KS statistic assumes
 * a continuous CDF. The finite-difference law runs on interior values (an atom does not move with
 * $y$, and moving a bound off a censored value is a jump); the bound partials at the atoms are the
 * log CDF's partials in its point, certified in {@code CumulativeDistributionTest}.
 */
class CensoredNormalContractTest extends DistributionFamilyContract {

    private static final double INF = Double.POSITIVE_INFINITY;

    private final DistributionFamily family = new CensoredFamily().configure(Map.of("base", "normal"));

    @Override protected DistributionFamily family() { return family; }

    @Override protected double[] parameters(Gen gen) {
        double mu = 3 * gen.normal(), sigma = gen.logUniform(0.1, 10);
        double lower = gen.integer(0, 3) == 0 ? -INF : mu + sigma * gen.real(-4, 2);
        double upper = gen.integer(0, 3) == 0 ? INF : (Double.isFinite(lower) ? lower : mu - 2 * sigma) + sigma * gen.logUniform(0.05, 6);
        return new double[] {lower, upper, mu, sigma};
    }

    @Override protected double value(Gen gen, double[] p) {
        int pick = gen.integer(0, 3);
        if (pick == 0 && Double.isFinite(p[0])) return p[0];
        if (pick == 1 && Double.isFinite(p[1])) return p[1];
        double y = p[2] + p[3] * gen.normal();
        return Math.min(Math.max(y, p[0]), p[1]);
    }

    @Override protected double[] gradientParameters(Gen gen) {
        double mu = 3 * gen.normal(), sigma = gen.logUniform(1, 10);
        double lower = gen.bool() ? -INF : mu + sigma * gen.real(-3, 1);
        double upper = gen.bool() ? INF : (Double.isFinite(lower) ? lower : mu - sigma) + sigma * gen.real(1, 4);
        return new double[] {lower, upper, mu, sigma};
    }

    @Override protected double gradientValue(Gen gen, double[] p) {
        double l = Double.isFinite(p[0]) ? p[0] : (Double.isFinite(p[1]) ? p[1] : p[2]) - 3 * p[3];
        double u = Double.isFinite(p[1]) ? p[1] : l + 4 * p[3];
        return l + (u - l) * gen.real(0.2, 0.8);
    }

    @Override protected double referenceLogDensity(double y, double[] p) {
        NormalDistribution d = NormalDistribution.of(p[2], p[3]);
        if (y == p[0]) return Math.log(d.cumulativeProbability(y));
        if (y == p[1]) return Math.log(d.survivalProbability(y));
        return d.logDensity(y);
    }

    @Override protected double[][] invalidParameters() { return new double[][] {{1, 1, 0, 1}, {2, -1, 0, 1}}; }

    @Override protected double[][] typicalParameters() { return new double[][] {{-1, 1.5, 0, 1}, {0, INF, 1, 2}, {-INF, 0.5, 0, 1}}; }

    private static double atLower(double[] p) { return Double.isFinite(p[0]) ? NormalDistribution.of(p[2], p[3]).cumulativeProbability(p[0]) : 0; }

    private static double atUpper(double[] p) { return Double.isFinite(p[1]) ? NormalDistribution.of(p[2], p[3]).survivalProbability(p[1]) : 0; }

    @Test
    @Override
    public void normalises() {
        for (double[] theta : typicalParameters()) {
            // the open interior of the support, which the quadrature knows
            Constraint support = Double.isFinite(theta[0])
                    ? (Double.isFinite(theta[1]) ? new Interval(theta[0], theta[1]) : new LowerBounded(theta[0]))
                    : (Double.isFinite(theta[1]) ? new UpperBounded(theta[1]) : Real.INSTANCE);
            boolean halfLine = Double.isFinite(theta[0]) ^ Double.isFinite(theta[1]);
            double centre = halfLine ? Math.log(theta[3]) : theta[2];
            double interior = DistributionQuadrature.integrate(y -> single(y, theta), support, centre, halfLine ? 1 : theta[3], 1e-11);
            double atoms = (Double.isFinite(theta[0]) ? Math.exp(single(theta[0], theta)) : 0)
                    + (Double.isFinite(theta[1]) ? Math.exp(single(theta[1], theta)) : 0);
            // adaptive Simpson to 1e-11 on a smooth integrand; 1e-7 as in the inherited law
            Tolerance.assertClose(family().name() + Arrays.toString(theta) + " atoms plus the integral over (lower, upper)",
                    atoms + interior, 1, 0, 1e-7);
        }
    }

    @Test
    @Override
    public void drawsFitTheDistribution() {
        double[][] typical = typicalParameters();
        int n = numDraws();
        for (int c = 0; c < typical.length; c++) {
            double[] first = typical[c], second = typical[(c + 1) % typical.length];
            double[][] theta = new double[2 * n][];
            for (int b = 0; b < 2 * n; b++) theta[b] = b % 2 == 0 ? first : second;
            double[] out = new double[2 * n];
            family().sample(RandomSource.XO_RO_SHI_RO_128_PP.create(seed() + 40 + c),
                    DistributionCall.plain(new double[2 * n], theta).operands(), out, 0);
            for (int parity = 0; parity < 2; parity++) {
                double[] p = parity == 0 ? first : second;
                double[] low = new double[n], high = new double[n], inside = new double[n];
                int m = 0;
                for (int i = 0; i < n; i++) {
                    double y = out[2 * i + parity];
                    low[i] = y == p[0] ? 1 : 0;
                    high[i] = y == p[1] ? 1 : 0;
                    if (y != p[0] && y != p[1]) inside[m++] = y;
                }
                String what = family().name() + Arrays.toString(p);
                double fl = atLower(p), su = atUpper(p);
                DistributionGoodnessOfFit.assertMean(what + " fraction at lower", low, fl, fl * (1 - fl));
                DistributionGoodnessOfFit.assertMean(what + " fraction at upper", high, su, su * (1 - su));
                NormalDistribution d = NormalDistribution.of(p[2], p[3]);
                DistributionGoodnessOfFit.assertKolmogorovSmirnov(what + " interior draws", Arrays.copyOf(inside, m),
                        x -> (d.cumulativeProbability(x) - fl) / (1 - fl - su), 1e-6);
            }
        }
    }

    @Override protected double mean(double[] p) { return Double.NaN; }
}
