package org.bayes4j.distributions.discrete;

import java.util.List;

import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.NonNegativeInteger;
import org.bayes4j.spi.constraint.Real;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.distribution.Operand;
import org.bayes4j.spi.distribution.Operands;
import org.bayes4j.spi.distribution.ParameterSpec;

/**
 * The Poisson distribution on the log scale, {@code poisson_log(alpha)}, with rate $\lambda = e^\alpha$:
 * $$\log p(y\mid\alpha) = y\alpha - e^\alpha - \log\Gamma(y + 1),$$
 * exact without forming $\log\lambda$ (the usual log-link regression), evaluated in Loader's saddle-point
 * form ({@link Saddlepoint}) with $\log\lambda = \alpha$ taken as given.
 *
 * <p>Support: $y \in \{0, 1, 2, \dots\}$. Parameter: $\alpha \in \mathbb{R}$. Where $e^\alpha$ overflows
 * ($\alpha > 709$) the mass is below the smallest double and $-\infty$ is returned.
 *
 * <p>Partial: $\partial_\alpha = y - e^\alpha$.
 *
 * <p>Draws: exact Poisson with mean $e^\alpha$ ({@link PoissonDraws}).
 *
 * <p>Reference: Stan Functions Reference, "Poisson distribution, log parameterization".
 */
public final class PoissonLogFamily implements DistributionFamily {

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.scalar("alpha", Real.INSTANCE, "log rate"));

    @Override public String name() { return "poisson_log"; }

    @Override public String description() { return "Poisson distribution of counts with log rate alpha"; }

    @Override public List<ParameterSpec> parameters() { return PARAMETERS; }

    @Override public Constraint support() { return NonNegativeInteger.INSTANCE; }

    @Override
    public double logDensity(Operands args) {
        Operand y = args.value(), alpha = args.parameter(0);
        double[] pointwise = args.pointwise();
        double total = 0;
        for (int b = 0; b < args.batchSize(); b++) {
            double yb = y.get(b), alphab = alpha.get(b);
            double lp;
            double rate = Math.exp(alphab);
            if (!Counts.isCount(yb) || !Double.isFinite(alphab) || rate == Double.POSITIVE_INFINITY) {
                lp = Double.NEGATIVE_INFINITY;
            } else {
                lp = Saddlepoint.poisson(yb, rate, alphab);
                alpha.addAdjoint(b, yb - rate);
            }
            if (pointwise != null) pointwise[b] = lp;
            total += lp;
        }
        return total;
    }

    @Override
    public void sample(UniformRandomProvider rng, Operands args, double[] out, int outOffset) {
        Operand alpha = args.parameter(0);
        for (int b = 0; b < args.batchSize(); b++) out[outOffset + b] = PoissonDraws.draw(rng, Math.exp(alpha.get(b)));
    }
}
