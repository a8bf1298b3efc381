package org.bayes4j.distributions.continuous;

import java.util.List;

import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.Positive;
import org.bayes4j.spi.distribution.CumulativeDistribution;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.distribution.Operand;
import org.bayes4j.spi.distribution.Operands;
import org.bayes4j.spi.distribution.ParameterSpec;

/**
 * The half-Cauchy distribution {@code half_cauchy(sigma)}: the law of $|X|$ for $X$ Cauchy with
 * location 0 and scale $\sigma$ (Gelman 2006's default prior for hierarchical scales),
 * $$\log p(y\mid\sigma) = \log 2 - \log\pi - \log\sigma - \log(1 + z^2),\qquad z = y/\sigma.$$
 *
 * <p>Support: $y > 0$. Parameter: scale $\sigma > 0$ (the median of $y$). No moments exist.
 *
 * <p>Partials: $\partial_y = -\dfrac{2z}{\sigma(1+z^2)}$, $\partial_\sigma = \dfrac{z^2 - 1}{\sigma(1+z^2)}$,
 * with the same far-tail forms as {@link CauchyFamily}.
 *
 * <p>Draws: $\sigma\,|\tan(\pi(u - \tfrac12))|$.
 *
 * <p>Reference: Stan Functions Reference, "Cauchy distribution" (with lower bound 0);
 * Gelman (2006), "Prior distributions for variance parameters in hierarchical models", Bayesian Analysis 1(3).
 */
public final class HalfCauchyFamily implements DistributionFamily, CumulativeDistribution {

    private static final double LOG_TWO_OVER_PI = Math.log(2 / Math.PI);

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.scalar("sigma", Positive.INSTANCE, "scale (the median)"));

    @Override public String name() { return "half_cauchy"; }

    @Override public String description() { return "half-Cauchy distribution on the positive reals with scale sigma"; }

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
                double logSigma = Math.log(sigmab);
                double z = yb / sigmab;
                double logOnePlusZ2, twoZOverOnePlusZ2, z2OverOnePlusZ2;
                if (z <= 1) {
                    double z2 = z * z;
                    logOnePlusZ2 = Math.log1p(z2);
                    twoZOverOnePlusZ2 = 2 * z / (1 + z2);
                    z2OverOnePlusZ2 = z2 / (1 + z2);
                } else {
                    double invZ = 1 / z;
                    logOnePlusZ2 = 2 * (Math.log(yb) - logSigma) + Math.log1p(invZ * invZ);
                    twoZOverOnePlusZ2 = 2 / (z + invZ);
                    z2OverOnePlusZ2 = 1 / (1 + invZ * invZ);
                }
                lp = LOG_TWO_OVER_PI - logSigma - logOnePlusZ2;
                double invSigma = 1 / sigmab;
                y.addAdjoint(b, -twoZOverOnePlusZ2 * invSigma);
                sigma.addAdjoint(b, (2 * z2OverOnePlusZ2 - 1) * invSigma);
            }
            if (pointwise != null) pointwise[b] = lp;
            total += lp;
        }
        return total;
    }

    @Override
    public void sample(UniformRandomProvider rng, Operands args, double[] out, int outOffset) {
        Operand sigma = args.parameter(0);
        for (int b = 0; b < args.batchSize(); b++) {
            double draw;
            do {
                draw = Math.abs(StandardCauchy.draw(rng));
            } while (draw == 0);
            out[outOffset + b] = sigma.get(b) * draw;
        }
    }

    /** $\log F(y)$; see {@link HalfCdfs}. */
    @Override public double logCdf(Operands args) { return HalfCdfs.scale(args, HalfCdfs.HALF_CAUCHY, false); }

    /** $\log(1 - F(y))$. */
    @Override public double logCcdf(Operands args) { return HalfCdfs.scale(args, HalfCdfs.HALF_CAUCHY, true); }
}
