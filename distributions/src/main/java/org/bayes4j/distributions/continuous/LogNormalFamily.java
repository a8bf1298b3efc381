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
 * The log-normal distribution {@code lognormal(mu, sigma)}: $\log y \sim N(\mu, \sigma^2)$,
 * $$\log p(y\mid\mu,\sigma) = -\log y - \log\sigma - \tfrac12\log 2\pi - \tfrac12 z^2,\qquad z = \frac{\log y - \mu}{\sigma}.$$
 * The $-\log y$ is the Jacobian of $y \mapsto \log y$.
 *
 * <p>Support: $y > 0$. Parameters: $\mu \in \mathbb{R}$ (log-scale location), $\sigma > 0$ (log-scale sd).
 * Mean $e^{\mu + \sigma^2/2}$, variance $(e^{\sigma^2} - 1)e^{2\mu + \sigma^2}$.
 *
 * <p>Partials: $\partial_y = -(1 + z/\sigma)/y$, $\partial_\mu = z/\sigma$, $\partial_\sigma = (z^2 - 1)/\sigma$.
 *
 * <p>Draws: $\exp(\mu + \sigma\varepsilon)$ with $\varepsilon$ standard normal (Ziggurat).
 *
 * <p>Reference: Stan Functions Reference, "Lognormal distribution".
 *
 * <p>CDF: $\Phi((\log y - \mu)/\sigma)$, computed as for the normal.
 */
public final class LogNormalFamily implements DistributionFamily, CumulativeDistribution {

    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.scalar("mu", Real.INSTANCE, "location of log y"),
            ParameterSpec.scalar("sigma", Positive.INSTANCE, "scale of log y"));

    @Override public String name() { return "lognormal"; }

    @Override public String description() { return "log-normal distribution: log y is normal with mean mu and standard deviation sigma"; }

    @Override public List<ParameterSpec> parameters() { return PARAMETERS; }

    @Override public Constraint support() { return Positive.INSTANCE; }

    @Override
    public double logDensity(Operands args) {
        Operand y = args.value(), mu = args.parameter(0), sigma = args.parameter(1);
        double[] pointwise = args.pointwise();
        double total = 0;
        for (int b = 0; b < args.batchSize(); b++) {
            double yb = y.get(b), mub = mu.get(b), sigmab = sigma.get(b);
            double lp;
            if (!Positives.allFinitePositive(yb, sigmab, 1) || !Double.isFinite(mub)) {
                lp = Double.NEGATIVE_INFINITY;
            } else {
                double logY = Math.log(yb), invSigma = 1 / sigmab;
                double z = (logY - mub) * invSigma;
                lp = -logY - Math.log(sigmab) - HALF_LOG_TWO_PI - 0.5 * z * z;
                double zOverSigma = z * invSigma;
                y.addAdjoint(b, -(1 + zOverSigma) / yb);
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
        for (int b = 0; b < args.batchSize(); b++) out[outOffset + b] = Math.exp(mu.get(b) + sigma.get(b) * standard.sample());
    }

    @Override public double logCdf(Operands args) { return Cdfs.locationScale(args, Cdfs.NORMAL, false, true); }

    @Override public double logCcdf(Operands args) { return Cdfs.locationScale(args, Cdfs.NORMAL, true, true); }
}
