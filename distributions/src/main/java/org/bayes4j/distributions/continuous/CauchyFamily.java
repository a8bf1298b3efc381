package org.bayes4j.distributions.continuous;

import java.util.List;

import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.Positive;
import org.bayes4j.spi.constraint.Real;
import org.bayes4j.spi.distribution.CumulativeDistribution;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.distribution.Operand;
import org.bayes4j.spi.distribution.Operands;
import org.bayes4j.spi.distribution.ParameterSpec;

/**
 * The Cauchy distribution {@code cauchy(mu, sigma)} with location $\mu$ and scale $\sigma$:
 * $$\log p(y\mid\mu,\sigma) = -\log\pi - \log\sigma - \log(1 + z^2),\qquad z = \frac{y-\mu}{\sigma}.$$
 *
 * <p>Support: $y \in \mathbb{R}$. Parameters: $\mu \in \mathbb{R}$, $\sigma > 0$. No moments exist.
 *
 * <p>Partials: $\partial_y = -\dfrac{2z}{\sigma(1+z^2)}$, $\partial_\mu = \dfrac{2z}{\sigma(1+z^2)}$,
 * $\partial_\sigma = \dfrac{z^2-1}{\sigma(1+z^2)}$. The factor $2z/(1+z^2)$ is evaluated as
 * $2/(z + 1/z)$ when $|z| > 1$, and $\log(1+z^2)$ as $2\log|z| + \operatorname{log1p}(z^{-2})$ with
 * $\log|z| = \log|y-\mu| - \log\sigma$, so far tails neither overflow nor lose the density.
 *
 * <p>Draws: inversion, $\mu + \sigma\tan(\pi(u - \tfrac12))$ for $u$ uniform on $(0, 1)$.
 *
 * <p>Reference: Stan Functions Reference, "Cauchy distribution".
 *
 * <p>CDF: $F = \operatorname{atan2}(1, -z)/\pi$, accurate in both tails.
 */
public final class CauchyFamily implements DistributionFamily, CumulativeDistribution {

    private static final double LOG_PI = Math.log(Math.PI);

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.scalar("mu", Real.INSTANCE, "location (median)"),
            ParameterSpec.scalar("sigma", Positive.INSTANCE, "scale (half the interquartile range)"));

    @Override public String name() { return "cauchy"; }

    @Override public String description() { return "Cauchy distribution with location mu and scale sigma"; }

    @Override public List<ParameterSpec> parameters() { return PARAMETERS; }

    @Override public Constraint support() { return Real.INSTANCE; }

    @Override
    public double logDensity(Operands args) {
        Operand y = args.value(), mu = args.parameter(0), sigma = args.parameter(1);
        double[] pointwise = args.pointwise();
        double total = 0;
        for (int b = 0; b < args.batchSize(); b++) {
            double yb = y.get(b), mub = mu.get(b), sigmab = sigma.get(b);
            double lp;
            if (!Double.isFinite(yb) || !Double.isFinite(mub) || !(sigmab > 0) || sigmab == Double.POSITIVE_INFINITY) {
                lp = Double.NEGATIVE_INFINITY;
            } else {
                double logSigma = Math.log(sigmab);
                double diff = yb - mub;
                double z = diff / sigmab;
                double absZ = Math.abs(z);
                double logOnePlusZ2;
                double twoZOverOnePlusZ2; // 2z / (1 + z^2)
                double z2OverOnePlusZ2;   // z^2 / (1 + z^2)
                if (absZ <= 1) {
                    double z2 = z * z;
                    logOnePlusZ2 = Math.log1p(z2);
                    twoZOverOnePlusZ2 = 2 * z / (1 + z2);
                    z2OverOnePlusZ2 = z2 / (1 + z2);
                } else {
                    double invZ = 1 / z;
                    logOnePlusZ2 = 2 * (Math.log(Math.abs(diff)) - logSigma) + Math.log1p(invZ * invZ);
                    twoZOverOnePlusZ2 = 2 / (z + invZ);
                    z2OverOnePlusZ2 = 1 / (1 + invZ * invZ);
                }
                lp = -LOG_PI - logSigma - logOnePlusZ2;
                double invSigma = 1 / sigmab;
                y.addAdjoint(b, -twoZOverOnePlusZ2 * invSigma);
                mu.addAdjoint(b, twoZOverOnePlusZ2 * invSigma);
                // (z^2 - 1)/(1 + z^2) = 2 z^2/(1 + z^2) - 1
                sigma.addAdjoint(b, (2 * z2OverOnePlusZ2 - 1) * invSigma);
            }
            if (pointwise != null) pointwise[b] = lp;
            total += lp;
        }
        return total;
    }

    @Override
    public void sample(UniformRandomProvider rng, Operands args, double[] out, int outOffset) {
        Operand mu = args.parameter(0), sigma = args.parameter(1);
        for (int b = 0; b < args.batchSize(); b++) {
            out[outOffset + b] = mu.get(b) + sigma.get(b) * StandardCauchy.draw(rng);
        }
    }

    @Override public double logCdf(Operands args) { return Cdfs.locationScale(args, Cdfs.CAUCHY, false, false); }

    @Override public double logCcdf(Operands args) { return Cdfs.locationScale(args, Cdfs.CAUCHY, true, false); }
}
