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
 * The logistic distribution {@code logistic(mu, s)}:
 * $$\log p(y\mid\mu, s) = -z - \log s - 2\log(1 + e^{-z}),\qquad z = \frac{y - \mu}{s},$$
 * evaluated through the symmetric form $-|z| - \log s - 2\,\operatorname{log1p}(e^{-|z|})$, which
 * never overflows.
 *
 * <p>Support: $y \in \mathbb{R}$. Parameters: location $\mu$, scale $s > 0$. Mean $\mu$, variance $s^2\pi^2/3$.
 *
 * <p>Partials: with $g(z) = \frac{d}{dz}[-z - 2\log(1+e^{-z})] = -\tanh(z/2)$:
 * $\partial_y = -\tanh(z/2)/s$, $\partial_\mu = \tanh(z/2)/s$, $\partial_s = (z\tanh(z/2) - 1)/s$.
 *
 * <p>Draws: inversion, $\mu + s\log(u/(1-u))$.
 *
 * <p>Reference: Stan Functions Reference, "Logistic distribution".
 *
 * <p>CDF: $\log F = -\log(1 + e^{-z})$, $\log(1-F) = -\log(1 + e^{z})$.
 */
public final class LogisticFamily implements DistributionFamily, CumulativeDistribution {

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.scalar("mu", Real.INSTANCE, "location"),
            ParameterSpec.scalar("s", Positive.INSTANCE, "scale"));

    @Override public String name() { return "logistic"; }

    @Override public String description() { return "logistic distribution with location mu and scale s"; }

    @Override public List<ParameterSpec> parameters() { return PARAMETERS; }

    @Override public Constraint support() { return Real.INSTANCE; }

    @Override
    public double logDensity(Operands args) {
        Operand y = args.value(), mu = args.parameter(0), scale = args.parameter(1);
        double[] pointwise = args.pointwise();
        double total = 0;
        for (int b = 0; b < args.batchSize(); b++) {
            double yb = y.get(b), mub = mu.get(b), scaleb = scale.get(b);
            double lp;
            if (!Double.isFinite(yb) || !Double.isFinite(mub) || !Positives.allFinitePositive(scaleb, 1, 1)) {
                lp = Double.NEGATIVE_INFINITY;
            } else {
                double invScale = 1 / scaleb;
                double z = (yb - mub) * invScale;
                double absZ = Math.abs(z);
                lp = -absZ - Math.log(scaleb) - 2 * Math.log1p(Math.exp(-absZ));
                double tanhHalfZ = Math.tanh(0.5 * z);
                y.addAdjoint(b, -tanhHalfZ * invScale);
                mu.addAdjoint(b, tanhHalfZ * invScale);
                scale.addAdjoint(b, (z * tanhHalfZ - 1) * invScale);
            }
            if (pointwise != null) pointwise[b] = lp;
            total += lp;
        }
        return total;
    }

    @Override
    public void sample(UniformRandomProvider rng, Operands args, double[] out, int outOffset) {
        Operand mu = args.parameter(0), scale = args.parameter(1);
        for (int b = 0; b < args.batchSize(); b++) {
            double u;
            do {
                u = rng.nextDouble();
            } while (u == 0);
            out[outOffset + b] = mu.get(b) + scale.get(b) * (Math.log(u) - Math.log1p(-u));
        }
    }

    @Override public double logCdf(Operands args) { return Cdfs.locationScale(args, Cdfs.LOGISTIC, false, false); }

    @Override public double logCcdf(Operands args) { return Cdfs.locationScale(args, Cdfs.LOGISTIC, true, false); }
}
