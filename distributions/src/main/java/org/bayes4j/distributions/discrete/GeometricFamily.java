package org.bayes4j.distributions.discrete;

import java.util.List;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.GeometricSampler;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.NonNegativeInteger;
import org.bayes4j.spi.constraint.Probability;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.distribution.Operand;
import org.bayes4j.spi.distribution.Operands;
import org.bayes4j.spi.distribution.ParameterSpec;

/**
 * The geometric distribution {@code geometric(p)}: the number of failures before the first success
 * in independent trials with success probability $p$,
 * $$\log p(y\mid p) = y\log(1 - p) + \log p.$$
 *
 * <p>Support: $y \in \{0, 1, \dots\}$. Parameter: $p \in [0, 1]$ ($p = 0$ has no mass anywhere and
 * gives $-\infty$; $p = 1$ puts all mass on 0). Mean $(1-p)/p$, variance $(1-p)/p^2$.
 *
 * <p>Partial: $\partial_p = 1/p - y/(1 - p)$ (the second term omitted at $y = 0$).
 *
 * <p>Draws: Commons RNG's {@link GeometricSampler} (inversion of the exponential).
 *
 * <p>Reference: Johnson, Kemp and Kotz, <i>Univariate Discrete Distributions</i>, 3rd ed., Section 5.2
 * (the negative binomial with one success; Stan writes it as {@code neg_binomial(1, p/(1-p))}).
 */
public final class GeometricFamily implements DistributionFamily {

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.scalar("p", Probability.INSTANCE, "success probability"));

    @Override public String name() { return "geometric"; }

    @Override public String description() { return "geometric distribution: failures before the first success with probability p"; }

    @Override public List<ParameterSpec> parameters() { return PARAMETERS; }

    @Override public Constraint support() { return NonNegativeInteger.INSTANCE; }

    @Override
    public double logDensity(Operands args) {
        Operand y = args.value(), p = args.parameter(0);
        double[] pointwise = args.pointwise();
        double total = 0;
        for (int b = 0; b < args.batchSize(); b++) {
            double yb = y.get(b), pb = p.get(b);
            double lp;
            if (!Counts.isCount(yb) || !(pb > 0 && pb <= 1)) {
                lp = Double.NEGATIVE_INFINITY;
            } else if (yb == 0) {
                lp = Math.log(pb);
                p.addAdjoint(b, 1 / pb);
            } else {
                lp = yb * Math.log1p(-pb) + Math.log(pb);
                if (pb < 1) p.addAdjoint(b, 1 / pb - yb / (1 - pb));
            }
            if (pointwise != null) pointwise[b] = lp;
            total += lp;
        }
        return total;
    }

    @Override
    public void sample(UniformRandomProvider rng, Operands args, double[] out, int outOffset) {
        Operand p = args.parameter(0);
        for (int b = 0; b < args.batchSize(); b++) out[outOffset + b] = GeometricSampler.of(rng, p.get(b)).sample();
    }
}
