package org.bayes4j.distributions.discrete;

import java.util.List;

import org.apache.commons.numbers.gamma.Digamma;
import org.apache.commons.numbers.gamma.LogBeta;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ChengBetaSampler;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.NonNegativeInteger;
import org.bayes4j.spi.constraint.Positive;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.distribution.Operand;
import org.bayes4j.spi.distribution.Operands;
import org.bayes4j.spi.distribution.ParameterSpec;

/**
 * The beta-binomial distribution {@code beta_binomial(n, alpha, beta)}: a binomial count out of $n$
 * whose success probability is Beta($\alpha$, $\beta$),
 * $$\log p(y\mid n,\alpha,\beta) = \log\binom{n}{y} + \log B(y + \alpha, n - y + \beta) - \log B(\alpha, \beta).$$
 *
 * <p>Support: $y \in \{0, \dots, n\}$ ($y > n$ gives $-\infty$). Parameters: trials $n$ (not
 * differentiated), $\alpha > 0$, $\beta > 0$. Mean $n\alpha/(\alpha+\beta)$, variance
 * $n\alpha\beta(\alpha+\beta+n)/((\alpha+\beta)^2(\alpha+\beta+1))$.
 *
 * <p>Partials, from $\partial_a \log B(a, b) = \psi(a) - \psi(a + b)$:
 * $\partial_\alpha = \psi(y+\alpha) - \psi(n+\alpha+\beta) - \psi(\alpha) + \psi(\alpha+\beta)$,
 * $\partial_\beta = \psi(n-y+\beta) - \psi(n+\alpha+\beta) - \psi(\beta) + \psi(\alpha+\beta)$.
 *
 * <p>Draws: exact, $p \sim \mathrm{Beta}(\alpha, \beta)$ (Cheng 1978) then $y \sim \mathrm{Binomial}(n, p)$.
 *
 * <p>Reference: Stan Functions Reference, "Beta-binomial distribution".
 */
public final class BetaBinomialFamily implements DistributionFamily {

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.scalar("n", NonNegativeInteger.INSTANCE, "number of trials"),
            ParameterSpec.scalar("alpha", Positive.INSTANCE, "prior successes"),
            ParameterSpec.scalar("beta", Positive.INSTANCE, "prior failures"));

    @Override public String name() { return "beta_binomial"; }

    @Override public String description() { return "beta-binomial distribution: successes in n trials with a Beta(alpha, beta) probability"; }

    @Override public List<ParameterSpec> parameters() { return PARAMETERS; }

    @Override public Constraint support() { return NonNegativeInteger.INSTANCE; }

    @Override
    public double logDensity(Operands args) {
        Operand y = args.value(), n = args.parameter(0), alpha = args.parameter(1), beta = args.parameter(2);
        double[] pointwise = args.pointwise();
        double total = 0;
        for (int b = 0; b < args.batchSize(); b++) {
            double yb = y.get(b), nb = n.get(b), alphab = alpha.get(b), betab = beta.get(b);
            double lp;
            if (!Counts.isCount(nb) || !Counts.isCount(yb) || yb > nb || !(alphab > 0) || !(betab > 0)
                    || alphab == Double.POSITIVE_INFINITY || betab == Double.POSITIVE_INFINITY) {
                lp = Double.NEGATIVE_INFINITY;
            } else {
                double failures = nb - yb;
                lp = Counts.logBinomialCoefficient(nb, yb) + LogBeta.value(yb + alphab, failures + betab) - LogBeta.value(alphab, betab);
                if (alpha.hasAdjoint() || beta.hasAdjoint()) {
                    double common = Digamma.value(alphab + betab) - Digamma.value(nb + alphab + betab);
                    if (alpha.hasAdjoint()) alpha.addAdjoint(b, Digamma.value(yb + alphab) - Digamma.value(alphab) + common);
                    if (beta.hasAdjoint()) beta.addAdjoint(b, Digamma.value(failures + betab) - Digamma.value(betab) + common);
                }
            }
            if (pointwise != null) pointwise[b] = lp;
            total += lp;
        }
        return total;
    }

    @Override
    public void sample(UniformRandomProvider rng, Operands args, double[] out, int outOffset) {
        Operand n = args.parameter(0), alpha = args.parameter(1), beta = args.parameter(2);
        for (int b = 0; b < args.batchSize(); b++) {
            double p = ChengBetaSampler.of(rng, alpha.get(b), beta.get(b)).sample();
            long trials = (long) n.get(b);
            out[outOffset + b] = p > 0.5 ? trials - Counts.binomial(rng, trials, 1 - p) : Counts.binomial(rng, trials, p);
        }
    }
}
