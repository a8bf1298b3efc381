package org.bayes4j.distributions.discrete;

import java.util.List;

import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.NonNegativeInteger;
import org.bayes4j.spi.constraint.Probability;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.distribution.Operand;
import org.bayes4j.spi.distribution.Operands;
import org.bayes4j.spi.distribution.ParameterSpec;

/**
 * The binomial distribution {@code binomial(n, p)}: successes in $n$ independent trials with
 * success probability $p$,
 * $$\log p(y\mid n, p) = \log\binom{n}{y} + y\log p + (n-y)\log(1-p).$$
 *
 * <p>Support: $y \in \{0, \dots, n\}$ (declared as the non-negative integers, since $n$ may vary;
 * $y > n$ gives $-\infty$). Parameters: trials $n \in \{0, 1, \dots\}$ (data, not differentiated),
 * probability $p \in [0, 1]$. At $p = 0$ or $p = 1$ the mass sits on $y = 0$ or $y = n$, and the
 * terms $0\cdot\log 0$ are taken as 0.
 *
 * <p>Partial: $\partial_p = y/p - (n-y)/(1-p)$ (each term omitted when its count is 0).
 * $\log(1-p)$ is {@code log1p(-p)}, exact for small $p$. For log-odds use {@link BinomialLogitFamily}.
 *
 * <p>Draws: exact, by uniform order-statistic splitting ({@link Counts#binomial}).
 *
 * <p>Reference: Stan Functions Reference, "Binomial distribution".
 */
public final class BinomialFamily implements DistributionFamily {

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.scalar("n", NonNegativeInteger.INSTANCE, "number of trials"),
            ParameterSpec.scalar("p", Probability.INSTANCE, "success probability"));

    @Override public String name() { return "binomial"; }

    @Override public String description() { return "binomial distribution: successes in n trials with probability p"; }

    @Override public List<ParameterSpec> parameters() { return PARAMETERS; }

    @Override public Constraint support() { return NonNegativeInteger.INSTANCE; }

    @Override
    public double logDensity(Operands args) {
        Operand y = args.value(), n = args.parameter(0), p = args.parameter(1);
        double[] pointwise = args.pointwise();
        double total = 0;
        for (int b = 0; b < args.batchSize(); b++) {
            double yb = y.get(b), nb = n.get(b), pb = p.get(b);
            double lp;
            if (!Counts.isCount(nb) || !(pb >= 0 && pb <= 1) || !Counts.isCount(yb) || yb > nb) {
                lp = Double.NEGATIVE_INFINITY;
            } else {
                double failures = nb - yb;
                lp = Counts.logBinomialCoefficient(nb, yb);
                double dp = 0;
                if (yb > 0) {
                    lp += yb * Math.log(pb);
                    dp += yb / pb;
                }
                if (failures > 0) {
                    lp += failures * Math.log1p(-pb);
                    dp -= failures / (1 - pb);
                }
                // at an impossible boundary (p = 0 with y > 0, or p = 1 with y < n) the density is -inf
                // and the partial is infinite: it is not written
                if (lp != Double.NEGATIVE_INFINITY) p.addAdjoint(b, dp);
            }
            if (pointwise != null) pointwise[b] = lp;
            total += lp;
        }
        return total;
    }

    @Override
    public void sample(UniformRandomProvider rng, Operands args, double[] out, int outOffset) {
        Operand n = args.parameter(0), p = args.parameter(1);
        for (int b = 0; b < args.batchSize(); b++) {
            long trials = (long) n.get(b);
            double pb = p.get(b);
            // draw the rarer outcome: with p > 1/2, count failures, whose probability 1 - p is exact (Sterbenz)
            out[outOffset + b] = pb > 0.5 ? trials - Counts.binomial(rng, trials, 1 - pb) : Counts.binomial(rng, trials, pb);
        }
    }
}
