package org.bayes4j.distributions.discrete;

import java.util.List;

import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.IntegerInterval;
import org.bayes4j.spi.constraint.Real;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.distribution.Operand;
import org.bayes4j.spi.distribution.Operands;
import org.bayes4j.spi.distribution.ParameterSpec;

/**
 * The Bernoulli distribution on the log-odds scale, {@code bernoulli_logit(alpha)}, with
 * $p = \sigma(\alpha) = 1/(1+e^{-\alpha})$:
 * $$\log p(y\mid\alpha) = \log\sigma\big((2y-1)\,\alpha\big),$$
 * i.e. $\log\sigma(\alpha)$ at $y = 1$ and $\log\sigma(-\alpha)$ at $y = 0$, evaluated by
 * {@link LogOdds#logSigmoid} without forming $p$.
 *
 * <p>Support: $y \in \{0, 1\}$. Parameter: log-odds $\alpha \in \mathbb{R}$.
 *
 * <p>Partial: $\partial_\alpha = \sigma(-\alpha)$ at $y = 1$ and $-\sigma(\alpha)$ at $y = 0$
 * (since $\frac{d}{d\alpha}\log\sigma(\alpha) = 1 - \sigma(\alpha) = \sigma(-\alpha)$).
 *
 * <p>Draws: $y = [u < \sigma(\alpha)]$.
 *
 * <p>Reference: Stan Functions Reference, "Bernoulli distribution, logit parameterization".
 */
public final class BernoulliLogitFamily implements DistributionFamily {

    private static final IntegerInterval ZERO_OR_ONE = new IntegerInterval(0, 1);

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.scalar("alpha", Real.INSTANCE, "log-odds of success"));

    @Override public String name() { return "bernoulli_logit"; }

    @Override public String description() { return "Bernoulli distribution on {0, 1} with log-odds alpha"; }

    @Override public List<ParameterSpec> parameters() { return PARAMETERS; }

    @Override public Constraint support() { return ZERO_OR_ONE; }

    @Override
    public double logDensity(Operands args) {
        Operand y = args.value(), alpha = args.parameter(0);
        double[] pointwise = args.pointwise();
        double total = 0;
        for (int b = 0; b < args.batchSize(); b++) {
            double yb = y.get(b), alphab = alpha.get(b);
            double lp;
            if (!Double.isFinite(alphab) || !(yb == 0 || yb == 1)) {
                lp = Double.NEGATIVE_INFINITY;
            } else {
                // sign = 2y - 1 turns both outcomes into log sigma(sign * alpha)
                double signedAlpha = yb == 1 ? alphab : -alphab;
                lp = LogOdds.logSigmoid(signedAlpha);
                if (alpha.hasAdjoint()) {
                    double d = LogOdds.sigmoid(-signedAlpha);
                    alpha.addAdjoint(b, yb == 1 ? d : -d);
                }
            }
            if (pointwise != null) pointwise[b] = lp;
            total += lp;
        }
        return total;
    }

    @Override
    public void sample(UniformRandomProvider rng, Operands args, double[] out, int outOffset) {
        Operand alpha = args.parameter(0);
        for (int b = 0; b < args.batchSize(); b++) out[outOffset + b] = rng.nextDouble() < LogOdds.sigmoid(alpha.get(b)) ? 1 : 0;
    }
}
