package org.bayes4j.distributions.continuous;

import java.util.List;

import org.apache.commons.numbers.gamma.Digamma;
import org.apache.commons.numbers.gamma.LogBeta;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ChengBetaSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.Positive;
import org.bayes4j.spi.constraint.UnitInterval;
import org.bayes4j.spi.distribution.CumulativeDistribution;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.distribution.Operand;
import org.bayes4j.spi.distribution.Operands;
import org.bayes4j.spi.distribution.ParameterSpec;

/**
 * The beta distribution {@code beta(alpha, beta)} on the unit interval:
 * $$\log p(y\mid\alpha,\beta) = (\alpha - 1)\log y + (\beta - 1)\log(1 - y) - \log B(\alpha, \beta).$$
 *
 * <p>Support: $0 < y < 1$. Parameters: $\alpha > 0$, $\beta > 0$ (prior successes and failures).
 * Mean $\alpha/(\alpha+\beta)$, variance $\alpha\beta/((\alpha+\beta)^2(\alpha+\beta+1))$.
 *
 * <p>Partials: $\partial_y = (\alpha-1)/y - (\beta-1)/(1-y)$,
 * $\partial_\alpha = \log y - \psi(\alpha) + \psi(\alpha+\beta)$,
 * $\partial_\beta = \log(1-y) - \psi(\beta) + \psi(\alpha+\beta)$
 * (from $\partial_\alpha \log B(\alpha,\beta) = \psi(\alpha) - \psi(\alpha+\beta)$). $\log(1-y)$ is {@code log1p(-y)}.
 *
 * <p>Draws: Cheng's (1978) algorithms BB and BC ({@link ChengBetaSampler}).
 *
 * <p>Reference: Stan Functions Reference, "Beta distribution".
 */
public final class BetaFamily implements DistributionFamily, CumulativeDistribution {

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.scalar("alpha", Positive.INSTANCE, "first shape (prior successes)"),
            ParameterSpec.scalar("beta", Positive.INSTANCE, "second shape (prior failures)"));

    @Override public String name() { return "beta"; }

    @Override public String description() { return "beta distribution on (0, 1) with shapes alpha and beta"; }

    @Override public List<ParameterSpec> parameters() { return PARAMETERS; }

    @Override public Constraint support() { return UnitInterval.INSTANCE; }

    @Override
    public double logDensity(Operands args) {
        Operand y = args.value(), alpha = args.parameter(0), beta = args.parameter(1);
        double[] pointwise = args.pointwise();
        double total = 0;
        for (int b = 0; b < args.batchSize(); b++) {
            double yb = y.get(b), alphab = alpha.get(b), betab = beta.get(b);
            double lp;
            if (!(yb > 0 && yb < 1) || !Positives.allFinitePositive(alphab, betab, 1)) {
                lp = Double.NEGATIVE_INFINITY;
            } else {
                double logY = Math.log(yb), log1mY = Math.log1p(-yb);
                lp = (alphab - 1) * logY + (betab - 1) * log1mY - LogBeta.value(alphab, betab);
                y.addAdjoint(b, (alphab - 1) / yb - (betab - 1) / (1 - yb));
                if (alpha.hasAdjoint() || beta.hasAdjoint()) {
                    double digammaSum = Digamma.value(alphab + betab);
                    if (alpha.hasAdjoint()) alpha.addAdjoint(b, logY - Digamma.value(alphab) + digammaSum);
                    if (beta.hasAdjoint()) beta.addAdjoint(b, log1mY - Digamma.value(betab) + digammaSum);
                }
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
            ContinuousSampler sampler = ChengBetaSampler.of(rng, alpha.get(b), beta.get(b));
            double draw;
            do {
                draw = sampler.sample();
            } while (!(draw > 0 && draw < 1)); // the support is open; rounding can reach an end
            out[outOffset + b] = draw;
        }
    }

    /** $\log F(y)$; see {@link BetaCdfs}. */
    @Override public double logCdf(Operands args) { return BetaCdfs.beta(args, false); }

    /** $\log(1 - F(y))$. */
    @Override public double logCcdf(Operands args) { return BetaCdfs.beta(args, true); }
}
