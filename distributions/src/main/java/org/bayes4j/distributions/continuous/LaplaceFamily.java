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
 * The Laplace (double exponential) distribution {@code laplace(mu, b)}:
 * $$\log p(y\mid\mu, b) = -\log 2 - \log b - \frac{|y - \mu|}{b}.$$
 *
 * <p>Support: $y \in \mathbb{R}$. Parameters: location $\mu$, scale $b > 0$. Mean $\mu$, variance $2b^2$.
 *
 * <p>Partials (for $y \ne \mu$; at $y = \mu$ the subgradient 0 is written):
 * $\partial_y = -\operatorname{sign}(y-\mu)/b$, $\partial_\mu = \operatorname{sign}(y-\mu)/b$,
 * $\partial_b = -1/b + |y-\mu|/b^2$.
 *
 * <p>Draws: $\mu \pm b E$ with $E$ standard exponential (Ziggurat) and a fair random sign.
 *
 * <p>Reference: Stan Functions Reference, "Double exponential (Laplace) distribution".
 *
 * <p>CDF: $F = \tfrac12 e^{z}$ below the location, $1 - \tfrac12 e^{-z}$ above.
 */
public final class LaplaceFamily implements DistributionFamily, CumulativeDistribution {

    private static final double LOG_TWO = Math.log(2);

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.scalar("mu", Real.INSTANCE, "location (median)"),
            ParameterSpec.scalar("b", Positive.INSTANCE, "scale"));

    @Override public String name() { return "laplace"; }

    @Override public String description() { return "Laplace (double exponential) distribution with location mu and scale b"; }

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
                double diff = yb - mub;
                double absZ = Math.abs(diff) * invScale;
                lp = -LOG_TWO - Math.log(scaleb) - absZ;
                double signOverScale = Math.signum(diff) * invScale;
                y.addAdjoint(b, -signOverScale);
                mu.addAdjoint(b, signOverScale);
                scale.addAdjoint(b, (absZ - 1) * invScale);
            }
            if (pointwise != null) pointwise[b] = lp;
            total += lp;
        }
        return total;
    }

    @Override
    public void sample(UniformRandomProvider rng, Operands args, double[] out, int outOffset) {
        Operand mu = args.parameter(0), scale = args.parameter(1);
        ZigguratSampler.Exponential exponential = ZigguratSampler.Exponential.of(rng);
        for (int b = 0; b < args.batchSize(); b++) {
            double e = exponential.sample();
            out[outOffset + b] = mu.get(b) + scale.get(b) * (rng.nextBoolean() ? e : -e);
        }
    }

    @Override public double logCdf(Operands args) { return Cdfs.locationScale(args, Cdfs.LAPLACE, false, false); }

    @Override public double logCcdf(Operands args) { return Cdfs.locationScale(args, Cdfs.LAPLACE, true, false); }
}
