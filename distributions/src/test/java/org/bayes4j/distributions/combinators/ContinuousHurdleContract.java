package org.bayes4j.distributions.combinators;

import java.util.Arrays;

import org.apache.commons.rng.simple.RandomSource;
import org.bayes4j.spi.constraint.Positive;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.Tolerance;
import org.bayes4j.testkit.contract.DistributionCall;
import org.bayes4j.testkit.contract.DistributionFamilyContract;
import org.bayes4j.testkit.contract.DistributionGoodnessOfFit;
import org.junit.jupiter.api.Test;
import org.bayes4j.testkit.contract.DistributionQuadrature;

/**
 * The contract of a continuous hurdle {@code (psi, base parameters...)}, whose law is a mixed
 * measure: an atom $1 - \psi$ at zero plus $\psi$ times the base density on $(0, \infty)$. The
 * subclass supplies the base's log density, CDF, first two moments and the centre of its log.
 *
 * <p>Two laws are restated for the atom. {@link #normalises}: the returned value at $0$ is a
 * probability, so the law is $e^{\log p(0)} + \int_0^\infty e^{\log p(y)}\,dy = 1$ rather than
 * an integral over the whole support. {@link #drawsFitTheDistribution}: the testkit's
 * Kolmogorov-Smirnov statistic assumes a continuous CDF (ties at the atom read as a jump of
 * $1 - \psi$), so the fraction of zeros is checked against $1 - \psi$ (5 standard errors,
 * false failure 5.7e-7) and the positive draws by Kolmogorov-Smirnov against the base CDF (DKW,
 * false failure 1e-6), with per-event parameters interleaved as in the inherited law.
 */
abstract class ContinuousHurdleContract extends DistributionFamilyContract {

    protected abstract double baseLogDensity(double y, double[] p);

    protected abstract double baseCdf(double x, double[] p);

    protected abstract double baseMean(double[] p);

    protected abstract double baseSecondMoment(double[] p);

    /** Centre of the base's $\log y$, for placing the quadrature. */
    protected abstract double logCentre(double[] p);

    /** A positive value from the base (the subclass's generator); {@link #value} adds zeros. */
    protected abstract double positiveValue(Gen gen, double[] p);

    @Override protected final double value(Gen gen, double[] p) { return gen.integer(0, 3) == 0 ? 0 : positiveValue(gen, p); }

    /** Positive values: the value is differentiated in log coordinates, which exclude the atom. */
    @Override protected double gradientValue(Gen gen, double[] p) { return positiveValue(gen, p); }

    @Override protected double referenceLogDensity(double y, double[] p) {
        return y == 0 ? Math.log(1 - p[0]) : Math.log(p[0]) + baseLogDensity(y, p);
    }

    @Override protected double cdf(double x, double[] p) { return x < 0 ? 0 : (1 - p[0]) + p[0] * baseCdf(x, p); }

    @Override protected double mean(double[] p) { return p[0] * baseMean(p); }

    @Override protected double variance(double[] p) { return p[0] * baseSecondMoment(p) - Math.pow(mean(p), 2); }

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
                double[] zeros = new double[n];
                double[] positive = new double[n];
                int m = 0;
                for (int i = 0; i < n; i++) {
                    double y = out[2 * i + parity];
                    zeros[i] = y == 0 ? 1 : 0;
                    if (y > 0) positive[m++] = y;
                }
                String what = family().name() + Arrays.toString(p);
                DistributionGoodnessOfFit.assertMean(what + " fraction of zeros", zeros, 1 - p[0], p[0] * (1 - p[0]));
                if (m > 0) {
                    DistributionGoodnessOfFit.assertKolmogorovSmirnov(what + " positive draws", Arrays.copyOf(positive, m),
                            x -> baseCdf(x, p), 1e-6);
                }
            }
        }
    }

    @Test
    @Override
    public void normalises() {
        for (double[] theta : typicalParameters()) {
            double atom = Math.exp(single(0, theta));
            double continuous = DistributionQuadrature.integrate(y -> single(y, theta), Positive.INSTANCE, logCentre(theta), 1, 1e-11);
            // adaptive Simpson to 1e-11 on a smooth integrand; 1e-7 as in the inherited law
            Tolerance.assertClose(family().name() + Arrays.toString(theta) + " atom at 0 plus the integral over (0, inf)",
                    atom + continuous, 1, 0, 1e-7);
        }
    }
}
