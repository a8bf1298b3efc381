package org.bayes4j.distributions.discrete;

import java.util.List;

import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.IntegerInterval;
import org.bayes4j.spi.constraint.Probability;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.distribution.Operand;
import org.bayes4j.spi.distribution.Operands;
import org.bayes4j.spi.distribution.ParameterSpec;

/**
 * The Bernoulli distribution {@code bernoulli(p)}: one trial with success probability $p$,
 * $$\log p(y\mid p) = \begin{cases}\log p & y = 1\\ \log(1-p) & y = 0.\end{cases}$$
 *
 * <p>Support: $y \in \{0, 1\}$. Parameter: $p \in [0, 1]$. Mean $p$, variance $p(1-p)$.
 *
 * <p>Partial: $\partial_p = 1/p$ at $y = 1$ and $-1/(1-p)$ at $y = 0$; not written where the
 * density is $-\infty$ ($y = 1$ at $p = 0$, $y = 0$ at $p = 1$).
 *
 * <p>Draws: $y = [u < p]$ for $u$ uniform on $[0, 1)$.
 *
 * <p>Reference: Stan Functions Reference, "Bernoulli distribution".
 */
public final class BernoulliFamily implements DistributionFamily {

    private static final IntegerInterval ZERO_OR_ONE = new IntegerInterval(0, 1);

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.scalar("p", Probability.INSTANCE, "success probability"));

    @Override public String name() { return "bernoulli"; }

    @Override public String description() { return "Bernoulli distribution on {0, 1} with success probability p"; }

    @Override public List<ParameterSpec> parameters() { return PARAMETERS; }

    @Override public Constraint support() { return ZERO_OR_ONE; }

    @Override
    public double logDensity(Operands args) {
        Operand y = args.value(), p = args.parameter(0);
        double[] pointwise = args.pointwise();
        double total = 0;
        for (int b = 0; b < args.batchSize(); b++) {
            double yb = y.get(b), pb = p.get(b);
            double lp;
            if (!(pb >= 0 && pb <= 1) || !(yb == 0 || yb == 1)) {
                lp = Double.NEGATIVE_INFINITY;
            } else if (yb == 1) {
                lp = Math.log(pb);
                if (pb > 0) p.addAdjoint(b, 1 / pb);
            } else {
                lp = Math.log1p(-pb);
                if (pb < 1) p.addAdjoint(b, -1 / (1 - pb));
            }
            if (pointwise != null) pointwise[b] = lp;
            total += lp;
        }
        return total;
    }

    @Override
    public void sample(UniformRandomProvider rng, Operands args, double[] out, int outOffset) {
        Operand p = args.parameter(0);
        for (int b = 0; b < args.batchSize(); b++) out[outOffset + b] = rng.nextDouble() < p.get(b) ? 1 : 0;
    }
}
