package org.bayes4j.distributions.continuous;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.function.Function;

import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.CauchyDistribution;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.ExponentialDistribution;
import org.apache.commons.statistics.distribution.GammaDistribution;
import org.apache.commons.statistics.distribution.LaplaceDistribution;
import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.apache.commons.statistics.distribution.LogisticDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.TDistribution;
import org.apache.commons.statistics.distribution.UniformContinuousDistribution;
import org.apache.commons.statistics.distribution.WeibullDistribution;
import org.bayes4j.spi.distribution.CumulativeDistribution;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.distribution.Operand;
import org.bayes4j.spi.distribution.Operands;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.Property;
import org.bayes4j.testkit.Tolerance;
import org.junit.jupiter.api.Test;

/**
 * The laws of {@link CumulativeDistribution} for every family implementing it: $\log F$ and
 * $\log(1-F)$ equal Commons Statistics' {@code cumulativeProbability} and
 * {@code survivalProbability} (where those do not underflow), their partials equal central finite
 * differences in $x$ and every parameter, and the normal's far lower tail stays finite and matches
 * the asymptotic series (where Commons' CDF is already 0).
 */
class CumulativeDistributionTest {

    /** A family, a generator of (x, parameters...), and its Commons Statistics counterpart. */
    private record Case(DistributionFamily family, Function<Gen, double[]> point, Function<double[], double[]> reference) {}

    /** Reference {F(x), 1 - F(x)} of a Commons Statistics distribution at the point's x. */
    private static Function<double[], double[]> commons(Function<double[], ContinuousDistribution> of) {
        return p -> {
            ContinuousDistribution d = of.apply(p);
            return new double[] {d.cumulativeProbability(p[0]), d.survivalProbability(p[0])};
        };
    }

    /** A law on the half-line folded from a symmetric one: F(y) = 1 - 2 S_0(y), 1 - F(y) = 2 S_0(y). */
    private static Function<double[], double[]> folded(Function<double[], ContinuousDistribution> of) {
        return p -> {
            double s = 2 * of.apply(p).survivalProbability(p[0]);
            return new double[] {1 - s, s};
        };
    }

    private static final List<Case> CASES = List.of(
        new Case(new NormalFamily(), g -> locationScale(g, 1), commons(p -> NormalDistribution.of(p[1], p[2]))),
        new Case(new LogisticFamily(), g -> locationScale(g, 1), commons(p -> LogisticDistribution.of(p[1], p[2]))),
        new Case(new CauchyFamily(), g -> locationScale(g, 20), commons(p -> CauchyDistribution.of(p[1], p[2]))),
        new Case(new LaplaceFamily(), g -> locationScale(g, 3), commons(p -> LaplaceDistribution.of(p[1], p[2]))),
        new Case(new LogNormalFamily(), g -> {
            double[] p = locationScale(g, 1);
            p[0] = Math.exp(p[0]);
            return p;
        }, commons(p -> LogNormalDistribution.of(p[1], p[2]))),
        new Case(new ExponentialFamily(), g -> {
            double rate = g.logUniform(0.1, 10);
            return new double[] {g.logUniform(0.01, 5) / rate, rate};
        }, commons(p -> ExponentialDistribution.of(1 / p[1]))),
        new Case(new WeibullFamily(), g -> {
            double alpha = g.logUniform(0.3, 5), sigma = g.logUniform(0.1, 10);
            return new double[] {sigma * g.logUniform(0.05, 2.5), alpha, sigma};
        }, commons(p -> WeibullDistribution.of(p[1], p[2]))),
        new Case(new UniformFamily(), g -> {
            double a = 3 * g.normal(), width = g.logUniform(0.1, 10);
            return new double[] {a + width * g.real(0.01, 0.99), a, a + width};
        }, commons(p -> UniformContinuousDistribution.of(p[1], p[2]))),
        // gamma(shape, rate) against Commons' gamma(shape, scale = 1/rate); shapes from 0.05 to 200 cover both
        // branches of the incomplete gamma (series below x = a + 1, continued fraction above)
        new Case(new GammaFamily(), g -> {
            double alpha = g.logUniform(0.05, 200), rate = g.logUniform(0.1, 10);
            double mean = alpha / rate, sd = Math.sqrt(alpha) / rate;
            return new double[] {Math.max(1e-3 * mean, mean + sd * g.real(-4, 6)), alpha, rate};
        }, commons(p -> GammaDistribution.of(p[1], 1 / p[2]))),
        // inverse gamma: F(y) = Q(alpha, beta / y), i.e. the survival function of a unit-rate gamma at beta / y
        new Case(new InverseGammaFamily(), g -> {
            double alpha = g.logUniform(0.05, 200), scale = g.logUniform(0.1, 10);
            double u = Math.max(1e-3 * alpha, alpha + Math.sqrt(alpha) * g.real(-4, 6));
            return new double[] {scale / u, alpha, scale};
        }, p -> {
            GammaDistribution unit = GammaDistribution.of(p[1], 1);
            double u = p[2] / p[0];
            return new double[] {unit.survivalProbability(u), unit.cumulativeProbability(u)};
        }),
        new Case(new HalfNormalFamily(), g -> {
            double sigma = g.logUniform(0.1, 10);
            return new double[] {sigma * g.logUniform(1e-3, 8), sigma};
        }, folded(p -> NormalDistribution.of(0, p[1]))),
        new Case(new HalfCauchyFamily(), g -> {
            double sigma = g.logUniform(0.1, 10);
            return new double[] {sigma * g.logUniform(1e-3, 1e3), sigma};
        }, folded(p -> CauchyDistribution.of(0, p[1]))),
        // beta shapes from 0.1 to 50 reach both sides of the continued fraction's switch at (a+1)/(a+b+2)
        new Case(new BetaFamily(), g -> new double[] {g.real(0.001, 0.999), g.logUniform(0.1, 50), g.logUniform(0.1, 50)},
                commons(p -> BetaDistribution.of(p[1], p[2]))),
        // Student-t (nu, mu, sigma): Commons has the standard law, so the point is standardised
        new Case(new StudentTFamily(), g -> {
            double nu = g.logUniform(0.3, 100), mu = 3 * g.normal(), sigma = g.logUniform(0.1, 10);
            return new double[] {mu + sigma * g.real(-30, 30) * (g.bool() ? 1 : 0.1), nu, mu, sigma};
        }, p -> {
            TDistribution t = TDistribution.of(p[1]);
            double z = (p[0] - p[2]) / p[3];
            return new double[] {t.cumulativeProbability(z), t.survivalProbability(z)};
        }),
        new Case(new HalfStudentTFamily(), g -> {
            double nu = g.logUniform(0.3, 100), sigma = g.logUniform(0.1, 10);
            return new double[] {sigma * g.logUniform(1e-3, 100), nu, sigma};
        }, p -> {
            double s = 2 * TDistribution.of(p[1]).survivalProbability(p[0] / p[2]);
            return new double[] {1 - s, s};
        }));

    /** (x, mu, sigma) with x within {@code spread} * 6 scales of mu. */
    private static double[] locationScale(Gen g, double spread) {
        double mu = 3 * g.normal(), sigma = g.logUniform(0.1, 10);
        return new double[] {mu + sigma * spread * g.real(-6, 6), mu, sigma};
    }

    private static double evaluate(Case c, double[] point, boolean upper, double[] adjoints) {
        int arity = point.length - 1;
        double[][] adj = new double[point.length][];
        Operand[] params = new Operand[arity];
        for (int i = 0; i < point.length; i++) adj[i] = adjoints == null ? null : new double[1];
        for (int i = 0; i < arity; i++) params[i] = Operand.of(new double[] {point[1 + i]}, adj[1 + i], 0, false);
        Operands args = new Operands(1, Operand.of(new double[] {point[0]}, adj[0], 0, false), params);
        CumulativeDistribution cdf = (CumulativeDistribution) c.family();
        double v = upper ? cdf.logCcdf(args) : cdf.logCdf(args);
        if (adjoints != null) for (int i = 0; i < point.length; i++) adjoints[i] = adj[i][0];
        return v;
    }

    @Test
    void logCdfAndLogCcdfMatchCommonsStatistics() {
        for (Case c : CASES) {
            Property.forAll(c.family().name() + " log CDF and log CCDF equal the reference", 31, 300, g -> {
                double[] p = g.bool() ? c.point().apply(g) : c.point().apply(g);
                double[] tails = c.reference().apply(p);
                double f = tails[0], s = tails[1];
                // Commons' values carry relative error ~1e-15, i.e. absolute ~1e-15 in log space
                if (f > 1e-300) Tolerance.assertClose(c.family().name() + " log F(" + p[0] + ")", evaluate(c, p, false, null), Math.log(f), 1e-9, 1e-13);
                if (s > 1e-300) Tolerance.assertClose(c.family().name() + " log S(" + p[0] + ")", evaluate(c, p, true, null), Math.log(s), 1e-9, 1e-13);
            });
        }
    }

    @Test
    void partialsMatchFiniteDifferences() {
        for (Case c : CASES) {
            for (boolean upper : new boolean[] {false, true}) {
                Property.forAll(c.family().name() + (upper ? " log CCDF" : " log CDF") + " partials", 37, 200, g -> {
                    double[] p = c.point().apply(g);
                    double[] analytic = new double[p.length];
                    evaluate(c, p, upper, analytic);
                    for (int i = 0; i < p.length; i++) {
                        // relative steps in x on the half-line, where x may be tiny
                        boolean halfLine = i == 0 && !(c.family().support() instanceof org.bayes4j.spi.constraint.Real);
                        double h = 1e-6 * (halfLine ? p[i] : Math.max(1, Math.abs(p[i])));
                        if (i == 0 && c.family() instanceof LaplaceFamily && Math.abs(p[0] - p[1]) < 10 * h) continue; // the kink
                        double[] plus = p.clone(), minus = p.clone();
                        plus[i] += h;
                        minus[i] -= h;
                        double fd = (evaluate(c, plus, upper, null) - evaluate(c, minus, upper, null)) / (2 * h);
                        // central differences, step 1e-6: truncation ~1e-12 f''', rounding ~1e-10 |f|
                        Tolerance.assertClose(c.family().name() + " partial " + i + " at " + java.util.Arrays.toString(p),
                                analytic[i], fd, 1e-5, 1e-7 * Math.max(1, Math.abs(evaluate(c, p, upper, null))));
                    }
                });
            }
        }
    }

    /** $\log\Phi(z) = \log\phi(z) - \log(-z) + \log(1 - z^{-2} + 3z^{-4} - 15 z^{-6} + \dots)$ where Commons' $\Phi$ underflows. */
    @Test
    void normalLowerTailStaysFinite() {
        Case normal = CASES.get(0);
        for (double z : new double[] {-40, -100, -1e3}) {
            double series = -0.5 * z * z - 0.5 * Math.log(2 * Math.PI) - Math.log(-z)
                    + Math.log1p(-1 / (z * z) + 3 / Math.pow(z, 4) - 15 / Math.pow(z, 6));
            assertEquals(series, evaluate(normal, new double[] {z, 0, 1}, false, null), 1e-12 * Math.abs(series));
            assertEquals(series, evaluate(normal, new double[] {-z, 0, 1}, true, null), 1e-12 * Math.abs(series));
        }
    }

    /**
     * The gamma's far upper tail, where Commons' survival function underflows: for large u,
     * $Q(a, u) = g(u)\sum_{k\ge0} (a-1)(a-2)\cdots(a-k)/u^k$ (asymptotic; eight terms here) with $g$ the unit-rate density
     * (Abramowitz and Stegun 6.5.32), and the shape partial stays finite.
     */
    @Test
    void gammaUpperTailStaysFinite() {
        Case gamma = CASES.stream().filter(c -> c.family() instanceof GammaFamily).findFirst().orElseThrow();
        for (double a : new double[] {0.5, 2.5, 10}) {
            for (double u : new double[] {800, 2000, 1e4}) {
                double logG = (a - 1) * Math.log(u) - u - org.apache.commons.numbers.gamma.LogGamma.value(a);
                double sum = 0, term = 1;
                for (int k = 1; k <= 8; k++) {
                    term *= (a - k) / u;
                    sum += term;
                }
                double series = logG + Math.log1p(sum);
                double[] adjoints = new double[3];
                double value = evaluate(gamma, new double[] {u, a, 1}, true, adjoints);
                assertEquals(series, value, 1e-12 * Math.abs(series), "log Q(" + a + ", " + u + ")");
                // d/da log Q ~ log u - digamma(a) for large u
                assertEquals(Math.log(u) - org.apache.commons.numbers.gamma.Digamma.value(a), adjoints[1], 0.05);
            }
        }
    }

    /** The reference check can fail: a CDF off by a factor 1.01 in the lower tail is caught. */
    @Test
    void theReferenceCheckCatchesAWrongCdf() {
        assertThrows(AssertionError.class, () -> Tolerance.assertClose("wrong", Cdfs.NORMAL.logCdf(-3) + Math.log(1.01),
                Math.log(NormalDistribution.of(0, 1).cumulativeProbability(-3)), 1e-9, 1e-13));
    }
}
