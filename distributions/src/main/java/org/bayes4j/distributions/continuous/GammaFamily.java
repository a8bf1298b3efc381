package org.bayes4j.distributions.continuous;

import java.util.List;

import org.apache.commons.numbers.gamma.Digamma;
import org.apache.commons.numbers.gamma.LogGamma;
import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.Positive;
import org.bayes4j.spi.distribution.CumulativeDistribution;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.distribution.Operand;
import org.bayes4j.spi.distribution.Operands;
import org.bayes4j.spi.distribution.ParameterSpec;

/**
 * The gamma distribution {@code gamma(alpha, beta)} with shape $\alpha$ and rate $\beta$ (mean $\alpha/\beta$):
 * $$\log p(y\mid\alpha,\beta) = \alpha\log\beta - \log\Gamma(\alpha) + (\alpha - 1)\log y - \beta y.$$
 *
 * <p>Support: $y > 0$. Parameters: shape $\alpha > 0$, rate $\beta > 0$. Mean $\alpha/\beta$, variance $\alpha/\beta^2$.
 *
 * <p>Partials: $\partial_y = (\alpha - 1)/y - \beta$, $\partial_\alpha = \log\beta - \psi(\alpha) + \log y$,
 * $\partial_\beta = \alpha/\beta - y$, with $\psi$ the digamma function.
 *
 * <p>Draws: a unit-rate gamma from Commons RNG's {@code AhrensDieterMarsagliaTsangGammaSampler} (Marsaglia and Tsang 2000
 * for $\alpha \ge 1$, Ahrens and Dieter 1974 below), divided by $\beta$.
 *
 * <p>Reference: Stan Functions Reference, "Gamma distribution".
 */
public final class GammaFamily implements DistributionFamily, CumulativeDistribution {

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.scalar("alpha", Positive.INSTANCE, "shape"),
            ParameterSpec.scalar("beta", Positive.INSTANCE, "rate (inverse scale)"));

    @Override public String name() { return "gamma"; }

    @Override public String description() { return "gamma distribution on the positive reals with shape alpha and rate beta"; }

    @Override public List<ParameterSpec> parameters() { return PARAMETERS; }

    @Override public Constraint support() { return Positive.INSTANCE; }

    @Override
    public double logDensity(Operands args) {
        Operand y = args.value(), alpha = args.parameter(0), beta = args.parameter(1);
        double[] pointwise = args.pointwise();
        double total = 0;
        for (int b = 0; b < args.batchSize(); b++) {
            double yb = y.get(b), alphab = alpha.get(b), betab = beta.get(b);
            double lp;
            if (!Positives.allFinitePositive(yb, alphab, betab)) {
                lp = Double.NEGATIVE_INFINITY;
            } else {
                double logY = Math.log(yb), logBeta = Math.log(betab);
                lp = alphab * logBeta - LogGamma.value(alphab) + (alphab - 1) * logY - betab * yb;
                y.addAdjoint(b, (alphab - 1) / yb - betab);
                if (alpha.hasAdjoint()) alpha.addAdjoint(b, logBeta - Digamma.value(alphab) + logY);
                beta.addAdjoint(b, alphab / betab - yb);
            }
            if (pointwise != null) pointwise[b] = lp;
            total += lp;
        }
        return total;
    }

    @Override
    public void sample(UniformRandomProvider rng, Operands args, double[] out, int outOffset) {
        Operand alpha = args.parameter(0), beta = args.parameter(1);
        for (int b = 0; b < args.batchSize(); b++) {
            out[outOffset + b] = Positives.unitGamma(rng, alpha.get(b)) / beta.get(b);
        }
    }

    /** $\log F(y)$; see {@link GammaCdfs}. */
    @Override public double logCdf(Operands args) { return GammaCdfs.gamma(args, false); }

    /** $\log(1 - F(y))$. */
    @Override public double logCcdf(Operands args) { return GammaCdfs.gamma(args, true); }
}
