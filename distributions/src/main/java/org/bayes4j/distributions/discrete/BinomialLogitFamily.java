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
 * The binomial distribution on the log-odds scale, {@code binomial_logit(n, alpha)}, with
 * $p = \operatorname{logit}^{-1}(\alpha) = \sigma(\alpha)$:
 * $$\log p(y\mid n, \alpha) = \log\binom{n}{y} + y\log\sigma(\alpha) + (n-y)\log\sigma(-\alpha),$$
 * using $1 - \sigma(\alpha) = \sigma(-\alpha)$. The logarithms are evaluated directly from $\alpha$
 * through $t = e^{-\lvert\alpha\rvert}$ (one exponential and one {@code log1p} per event), never by forming $p$ and taking its log, so the density stays
 * accurate where $p$ would round to 0 or 1 (logits beyond about $\pm 37$).
 *
 * <p>Support: $y \in \{0, \dots, n\}$ ($y > n$ gives $-\infty$). Parameters: trials
 * $n \in \{0, 1, \dots\}$ (not differentiated), log-odds $\alpha \in \mathbb{R}$.
 *
 * <p>Partial: $\partial_\alpha = y\,\sigma(-\alpha) - (n-y)\,\sigma(\alpha)$, from
 * $\frac{d}{d\alpha}\log\sigma(\alpha) = \sigma(-\alpha)$; this form (rather than $y - n\sigma(\alpha)$)
 * keeps full relative precision when $\sigma(\alpha)$ is near 1.
 *
 * <p>Draws: exact, as {@link BinomialFamily} with the rarer outcome's probability $\sigma(-|\alpha|)$.
 *
 * <p>Reference: Stan Functions Reference, "Binomial distribution, logit parameterization".
 */
public final class BinomialLogitFamily implements DistributionFamily {

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.scalar("n", NonNegativeInteger.INSTANCE, "number of trials"),
            ParameterSpec.scalar("alpha", Real.INSTANCE, "log-odds of success"));

    @Override public String name() { return "binomial_logit"; }

    @Override public String description() { return "binomial distribution: successes in n trials with log-odds alpha"; }

    @Override public List<ParameterSpec> parameters() { return PARAMETERS; }

    @Override public Constraint support() { return NonNegativeInteger.INSTANCE; }

    @Override
    public double logDensity(Operands args) {
        Operand y = args.value(), n = args.parameter(0), alpha = args.parameter(1);
        double[] pointwise = args.pointwise();
        double total = 0;
        for (int b = 0; b < args.batchSize(); b++) {
            double yb = y.get(b), nb = n.get(b), alphab = alpha.get(b);
            double lp;
            if (!Counts.isCount(nb) || !Double.isFinite(alphab) || !Counts.isCount(yb) || yb > nb) {
                lp = Double.NEGATIVE_INFINITY;
            } else {
                double failures = nb - yb;
                // One exponential and one log1p serve both log-sigmoids and both sigmoids:
                // with t = e^{-|alpha|}, log sigma(|alpha|) = -log1p(t), log sigma(-|alpha|) = -|alpha| - log1p(t),
                // sigma(|alpha|) = 1 / (1 + t), sigma(-|alpha|) = t / (1 + t).
                double t = Math.exp(-Math.abs(alphab));
                double log1pT = Math.log1p(t);
                double inv = 1 / (1 + t);
                boolean positive = alphab >= 0;
                double logSuccess = positive ? -log1pT : alphab - log1pT;   // log sigma(alpha)
                double logFailure = positive ? -alphab - log1pT : -log1pT;  // log sigma(-alpha)
                double success = positive ? inv : t * inv;                  // sigma(alpha)
                double failure = positive ? t * inv : inv;                  // sigma(-alpha)
                lp = Counts.logBinomialCoefficient(nb, yb);
                if (yb > 0) lp += yb * logSuccess;
                if (failures > 0) lp += failures * logFailure;
                if (alpha.hasAdjoint()) alpha.addAdjoint(b, yb * failure - failures * success);
            }
            if (pointwise != null) pointwise[b] = lp;
            total += lp;
        }
        return total;
    }

    @Override
    public void sample(UniformRandomProvider rng, Operands args, double[] out, int outOffset) {
        Operand n = args.parameter(0), alpha = args.parameter(1);
        for (int b = 0; b < args.batchSize(); b++) {
            long trials = (long) n.get(b);
            double alphab = alpha.get(b);
            out[outOffset + b] = alphab > 0
                    ? trials - Counts.binomial(rng, trials, LogOdds.sigmoid(-alphab))
                    : Counts.binomial(rng, trials, LogOdds.sigmoid(alphab));
        }
    }
}
