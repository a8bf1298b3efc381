package org.bayes4j.distributions.discrete;

import java.util.List;

import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.NonNegativeInteger;
import org.bayes4j.spi.constraint.Positive;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.distribution.Operand;
import org.bayes4j.spi.distribution.Operands;
import org.bayes4j.spi.distribution.ParameterSpec;

/**
 * The Poisson distribution {@code poisson(rate)} with rate (mean) $\lambda$:
 * $$\log p(y\mid\lambda) = y\log\lambda - \lambda - \log\Gamma(y + 1).$$
 *
 * <p>Support: $y \in \{0, 1, 2, \dots\}$. Parameter: $\lambda > 0$. Mean and variance $\lambda$.
 *
 * <p>Evaluated in Loader's saddle-point form ({@link Saddlepoint}), accurate to rounding at large counts.
 *
 * <p>Partial: $\partial_\lambda = y/\lambda - 1$. For a log-scale linear predictor use
 * {@link PoissonLogFamily}.
 *
 * <p>Draws: exact ({@link PoissonDraws}).
 *
 * <p>Reference: Stan Functions Reference, "Poisson distribution".
 */
public final class PoissonFamily implements DistributionFamily {

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.scalar("rate", Positive.INSTANCE, "rate (mean count)"));

    @Override public String name() { return "poisson"; }

    @Override public String description() { return "Poisson distribution of counts with the given rate"; }

    @Override public List<ParameterSpec> parameters() { return PARAMETERS; }

    @Override public Constraint support() { return NonNegativeInteger.INSTANCE; }

    @Override
    public double logDensity(Operands args) {
        Operand y = args.value(), rate = args.parameter(0);
        double[] pointwise = args.pointwise();
        double total = 0;
        for (int b = 0; b < args.batchSize(); b++) {
            double yb = y.get(b), rateb = rate.get(b);
            double lp;
            if (!Counts.isCount(yb) || !(rateb > 0) || rateb == Double.POSITIVE_INFINITY) {
                lp = Double.NEGATIVE_INFINITY;
            } else {
                lp = Saddlepoint.poisson(yb, rateb, Math.log(rateb));
                rate.addAdjoint(b, yb / rateb - 1);
            }
            if (pointwise != null) pointwise[b] = lp;
            total += lp;
        }
        return total;
    }

    @Override
    public void sample(UniformRandomProvider rng, Operands args, double[] out, int outOffset) {
        Operand rate = args.parameter(0);
        for (int b = 0; b < args.batchSize(); b++) out[outOffset + b] = PoissonDraws.draw(rng, rate.get(b));
    }
}
