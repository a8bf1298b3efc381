package org.bayes4j.distributions.multivariate;

import java.util.List;

import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.distributions.callsite.CallSiteCache;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.NonNegativeInteger;
import org.bayes4j.spi.constraint.Real;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.distribution.Operand;
import org.bayes4j.spi.distribution.Operands;
import org.bayes4j.spi.distribution.ParameterSpec;

/**
 * The multinomial distribution on the logit scale, {@code multinomial_logit(n, eta)}, with
 * $p = \operatorname{softmax}(\eta)$:
 * $$\log p(y\mid n, \eta) = \log\frac{n!}{\prod_j y_j!} + \sum_j y_j\eta_j - n\log\sum_j e^{\eta_j},$$
 * the log-sum-exp taken with a shift ({@link MultinomialLogitEvent}), so $p$ is never formed and no exponential overflows.
 *
 * <p>Support: count vectors summing to $n$ (others give $-\infty$). Parameters: $n$ (not differentiated),
 * logits $\eta \in \mathbb{R}^K$ (defined up to a common shift).
 *
 * <p>Partial: $\partial_{\eta_j} = y_j - n\,\operatorname{softmax}(\eta)_j$.
 *
 * <p>Draws: exact conditional binomials as in {@link MultinomialFamily}, with $p = \operatorname{softmax}(\eta)$.
 *
 * <p>Reference: Stan Functions Reference, "Multinomial distribution, logit parameterization".
 */
public final class MultinomialLogitFamily implements DistributionFamily {

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.scalar("n", NonNegativeInteger.INSTANCE, "number of draws"),
            new ParameterSpec("eta", Real.INSTANCE, 1, "category logits"));

    private final CallSiteCache<Operands, CountCoefficients> coefficients = CountCoefficients.cache(false);

    @Override public String name() { return "multinomial_logit"; }

    @Override public String description() { return "multinomial counts of K categories in n draws with logits eta"; }

    @Override public List<ParameterSpec> parameters() { return PARAMETERS; }

    @Override public Constraint support() { return NonNegativeInteger.INSTANCE; }

    @Override public int valueEventRank() { return 1; }

    @Override
    public int[] valueEventShape(int[][] parameterEventShapes) {
        return MultinomialCounts.eventShape(name(), "eta", parameterEventShapes);
    }

    /**
     * Per event, {@link MultinomialLogitEvent#modalShift}: one exponential per category kept in scratch
     * for the partials, one logarithm, shifted by the modal category's logit. The multinomial
     * coefficient and the modal category come from the call site's {@link CountCoefficients},
     * computed only when the counts change.
     */
    @Override
    public double logDensity(Operands args) {
        Operand y = args.value(), n = args.parameter(0), eta = args.parameter(1);
        int k = eta.eventLength();
        CountCoefficients counts = coefficients.get(args);
        double[] coefficient = counts.refresh(n, y, null);
        int[] modal = counts.modalCategory();
        double[] yData = y.data(), nData = n.data(), etaData = eta.data(), etaAdjoint = eta.adjoint();
        double[] numerator = args.scratch(k);
        double[] pointwise = args.pointwise();
        double total = 0;
        for (int b = 0; b < args.batchSize(); b++) {
            int yAt = y.start(b), etaAt = eta.start(b);
            double nb = nData[n.start(b)], lp = coefficient[b];
            if (lp != Double.NEGATIVE_INFINITY) {
                double event = MultinomialLogitEvent.modalShift(yData, yAt, nb, etaData, etaAt, null, 0, k, modal[b], numerator, etaAdjoint);
                lp += event == event ? event : MultinomialLogitEvent.careful(yData, yAt, nb, etaData, etaAt, null, 0, k, etaAdjoint);
            }
            if (pointwise != null) pointwise[b] = lp;
            total += lp;
        }
        return total;
    }

    @Override
    public void sample(UniformRandomProvider rng, Operands args, double[] out, int outOffset) {
        Operand n = args.parameter(0), eta = args.parameter(1);
        int k = eta.eventLength();
        double[] p = new double[k];
        for (int b = 0; b < args.batchSize(); b++) {
            double max = Double.NEGATIVE_INFINITY, sum = 0;
            for (int j = 0; j < k; j++) max = Math.max(max, eta.get(b, j));
            for (int j = 0; j < k; j++) sum += p[j] = Math.exp(eta.get(b, j) - max);
            for (int j = 0; j < k; j++) p[j] /= sum;
            MultinomialCounts.draw(rng, (long) n.get(b), p, 0, k, out, outOffset + b * k);
        }
    }
}
