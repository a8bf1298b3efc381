package org.bayes4j.distributions.continuous;

import java.util.List;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.Positive;
import org.bayes4j.spi.constraint.Real;
import org.bayes4j.spi.distribution.CumulativeDistribution;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.distribution.Operand;
import org.bayes4j.spi.distribution.Operands;
import org.bayes4j.spi.distribution.ParameterSpec;

/**
 * The normal distribution {@code normal(mu, sigma)} with mean $\mu$ and standard deviation $\sigma$:
 * $$\log p(y\mid\mu,\sigma) = -\tfrac12 z^2 - \log\sigma - \tfrac12\log 2\pi,\qquad z = \frac{y-\mu}{\sigma}.$$
 *
 * <p>Support: $y \in \mathbb{R}$. Parameters: $\mu \in \mathbb{R}$, $\sigma > 0$.
 *
 * <p>Partials (with $\partial z/\partial y = 1/\sigma$, $\partial z/\partial\mu = -1/\sigma$,
 * $\partial z/\partial\sigma = -z/\sigma$):
 * $\partial_y = -z/\sigma$, $\partial_\mu = z/\sigma$, $\partial_\sigma = (z^2 - 1)/\sigma$.
 *
 * <p>Draws: $\mu + \sigma\,\varepsilon$ with $\varepsilon$ from the Ziggurat standard normal sampler
 * (McFarland 2016).
 *
 * <p>Reference: Stan Functions Reference, "Normal distribution".
 *
 * <p>CDF: $\log\Phi(z)$ through the scaled complementary error function, $\tfrac12\operatorname{erfcx}(-z/\sqrt2)e^{-z^2/2}$, so the lower tail does not underflow before $\Phi$ itself does.
 */
public final class NormalFamily implements DistributionFamily, CumulativeDistribution {

    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.scalar("mu", Real.INSTANCE, "mean"),
            ParameterSpec.scalar("sigma", Positive.INSTANCE, "standard deviation"));

    @Override public String name() { return "normal"; }

    @Override public String description() { return "normal distribution with mean mu and standard deviation sigma"; }

    @Override public List<ParameterSpec> parameters() { return PARAMETERS; }

    @Override public Constraint support() { return Real.INSTANCE; }

    @Override
    public double logDensity(Operands args) {
        Operand y = args.value(), mu = args.parameter(0), sigma = args.parameter(1);
        double[] pointwise = args.pointwise();
        double total = 0;
        // log(sigma) and 1/sigma are recomputed only when sigma changes: a broadcast scale
        // (alpha ~ N(alpha_bar, sigma) over many groups) costs one logarithm, not one per event.
        double cachedSigma = Double.NaN, logSigma = 0, invSigma = 0;
        for (int b = 0; b < args.batchSize(); b++) {
            double yb = y.get(b), mub = mu.get(b), sigmab = sigma.get(b);
            double lp;
            if (!Double.isFinite(yb) || !Double.isFinite(mub) || !(sigmab > 0) || sigmab == Double.POSITIVE_INFINITY) {
                lp = Double.NEGATIVE_INFINITY;
            } else {
                if (sigmab != cachedSigma) {
                    cachedSigma = sigmab;
                    logSigma = Math.log(sigmab);
                    invSigma = 1 / sigmab;
                }
                double z = (yb - mub) * invSigma;
                lp = -0.5 * z * z - logSigma - HALF_LOG_TWO_PI;
                double zOverSigma = z * invSigma;
                y.addAdjoint(b, -zOverSigma);
                mu.addAdjoint(b, zOverSigma);
                sigma.addAdjoint(b, (z * z - 1) * invSigma);
            }
            if (pointwise != null) pointwise[b] = lp;
            total += lp;
        }
        return total;
    }

    @Override
    public void sample(UniformRandomProvider rng, Operands args, double[] out, int outOffset) {
        Operand mu = args.parameter(0), sigma = args.parameter(1);
        ZigguratSampler.NormalizedGaussian standard = ZigguratSampler.NormalizedGaussian.of(rng);
        for (int b = 0; b < args.batchSize(); b++) {
            out[outOffset + b] = mu.get(b) + sigma.get(b) * standard.sample();
        }
    }

    @Override public double logCdf(Operands args) { return Cdfs.locationScale(args, Cdfs.NORMAL, false, false); }

    @Override public double logCcdf(Operands args) { return Cdfs.locationScale(args, Cdfs.NORMAL, true, false); }
}
