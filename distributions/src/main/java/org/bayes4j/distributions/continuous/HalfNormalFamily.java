package org.bayes4j.distributions.continuous;

import java.util.List;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.Positive;
import org.bayes4j.spi.distribution.CumulativeDistribution;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.distribution.Operand;
import org.bayes4j.spi.distribution.Operands;
import org.bayes4j.spi.distribution.ParameterSpec;

/**
 * The half-normal distribution {@code half_normal(sigma)}: the law of $|X|$ for $X \sim N(0, \sigma^2)$,
 * $$\log p(y\mid\sigma) = \tfrac12\log\frac{2}{\pi} - \log\sigma - \frac{y^2}{2\sigma^2}.$$
 *
 * <p>Support: $y > 0$. Parameter: scale $\sigma > 0$ (not the standard deviation of $y$, which is
 * $\sigma\sqrt{1 - 2/\pi}$; the mean is $\sigma\sqrt{2/\pi}$).
 *
 * <p>Partials, with $z = y/\sigma$: $\partial_y = -z/\sigma$, $\partial_\sigma = (z^2 - 1)/\sigma$
 * (the normal's partials at $\mu = 0$; folding doubles the density but adds only the constant $\log 2$).
 *
 * <p>Draws: $\sigma\,|\varepsilon|$ with $\varepsilon$ standard normal (Ziggurat).
 *
 * <p>Reference: Stan Functions Reference, "Half-normal" (the normal with lower bound 0,
 * Section "Normal distribution"); Johnson, Kotz and Balakrishnan, <i>Continuous Univariate
 * Distributions</i> Vol. 1, Section 13.
 */
public final class HalfNormalFamily implements DistributionFamily, CumulativeDistribution {

    private static final double HALF_LOG_TWO_OVER_PI = 0.5 * Math.log(2 / Math.PI);

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.scalar("sigma", Positive.INSTANCE, "scale"));

    @Override public String name() { return "half_normal"; }

    @Override public String description() { return "half-normal distribution on the positive reals with scale sigma"; }

    @Override public List<ParameterSpec> parameters() { return PARAMETERS; }

    @Override public Constraint support() { return Positive.INSTANCE; }

    @Override
    public double logDensity(Operands args) {
        Operand y = args.value(), sigma = args.parameter(0);
        double[] pointwise = args.pointwise();
        double total = 0;
        for (int b = 0; b < args.batchSize(); b++) {
            double yb = y.get(b), sigmab = sigma.get(b);
            double lp;
            if (!(yb > 0) || yb == Double.POSITIVE_INFINITY || !(sigmab > 0) || sigmab == Double.POSITIVE_INFINITY) {
                lp = Double.NEGATIVE_INFINITY;
            } else {
                double invSigma = 1 / sigmab;
                double z = yb * invSigma;
                lp = HALF_LOG_TWO_OVER_PI - Math.log(sigmab) - 0.5 * z * z;
                y.addAdjoint(b, -z * invSigma);
                sigma.addAdjoint(b, (z * z - 1) * invSigma);
            }
            if (pointwise != null) pointwise[b] = lp;
            total += lp;
        }
        return total;
    }

    @Override
    public void sample(UniformRandomProvider rng, Operands args, double[] out, int outOffset) {
        Operand sigma = args.parameter(0);
        ZigguratSampler.NormalizedGaussian standard = ZigguratSampler.NormalizedGaussian.of(rng);
        for (int b = 0; b < args.batchSize(); b++) {
            double draw;
            do {
                draw = Math.abs(standard.sample());
            } while (draw == 0); // the support is open at 0; a zero has probability 0 but rounding can produce one
            out[outOffset + b] = sigma.get(b) * draw;
        }
    }

    /** $\log F(y)$; see {@link HalfCdfs}. */
    @Override public double logCdf(Operands args) { return HalfCdfs.scale(args, HalfCdfs.HALF_NORMAL, false); }

    /** $\log(1 - F(y))$. */
    @Override public double logCcdf(Operands args) { return HalfCdfs.scale(args, HalfCdfs.HALF_NORMAL, true); }
}
