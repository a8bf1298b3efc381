package org.bayes4j.distributions.multivariate;

import java.util.Arrays;
import java.util.List;

import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.distributions.callsite.CallSiteCache;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.IntegerInterval;
import org.bayes4j.spi.constraint.NonNegativeInteger;
import org.bayes4j.spi.constraint.Real;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.distribution.Operand;
import org.bayes4j.spi.distribution.Operands;
import org.bayes4j.spi.distribution.ParameterSpec;

/**
 * The multinomial distribution on the logit scale with an availability mask,
 * {@code multinomial_logit_masked(n, eta, available)}: the softmax runs over the available categories
 * $A = \{k : a_k = 1\}$ only and is renormalised there,
 * $p_k = a_k e^{\eta_k} / \sum_{j\in A} e^{\eta_j}$, so
 * $$\log p(y\mid n, \eta, a) = \log\frac{n!}{\prod_k y_k!} + \sum_{k\in A} y_k\eta_k
 *   - n\log\sum_{j\in A} e^{\eta_j}\qquad\text{when } y_k = 0 \text{ for every } k\notin A,$$
 * and $-\infty$ otherwise (a structural zero: an unavailable category has probability 0). This is
 * {@code multinomial_logit} applied to the sub-vectors $(y_A, \eta_A)$, or equivalently
 * {@code multinomial_logit} with $\eta_k = -\infty$ for $k \notin A$, but without ever forming an
 * infinite logit. The log-sum-exp is shifted by $m = \max_{j\in A}\eta_j$, so no exponential overflows.
 *
 * <p>Support: count vectors summing to $n$ with no count in an unavailable category (others give
 * $-\infty$, never NaN). Parameters: $n$ (not differentiated); logits $\eta\in\mathbb{R}^K$, finite,
 * defined up to a common shift of the available entries, those of unavailable categories unused;
 * the mask $a\in\{0,1\}^K$ (data, not differentiated). A mask entry other than 0 or 1 is rejected at
 * model build ({@link #checkParameters}) and gives $-\infty$ at run time. A mask with no available
 * category leaves no probability to place $n > 0$ draws: an error naming the event (at $n = 0$ the
 * empty count vector has probability 1).
 *
 * <p>Partials (with $s_k = e^{\eta_k - m}/\sum_{j\in A} e^{\eta_j - m}$ the renormalised softmax):
 * $\partial_{\eta_k} = y_k - n\,s_k$ for $k\in A$, since $\partial_{\eta_k}\, n\log\sum_{j\in A} e^{\eta_j}
 * = n\,s_k$; and $\partial_{\eta_k} = 0$ for $k\notin A$, because $\eta_k$ appears nowhere in the density.
 *
 * <p>Draws: exact conditional binomials ({@link MultinomialCounts#draw}) over the available categories
 * only, compacted first, so rounding in the running probability mass can never put a count in an
 * unavailable category.
 *
 * <p>References: Stan Functions Reference, "Multinomial distribution, logit parameterization"; the
 * masked softmax as in PyMC's {@code pm.Multinomial} with logits set to $-\infty$ (MODELS.md, model 4a).
 */
public final class MultinomialLogitMaskedFamily implements DistributionFamily {

    private static final IntegerInterval ZERO_OR_ONE = new IntegerInterval(0, 1);


    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.scalar("n", NonNegativeInteger.INSTANCE, "number of draws"),
            new ParameterSpec("eta", Real.INSTANCE, 1, "category logits (entries of unavailable categories are unused)"),
            new ParameterSpec("available", ZERO_OR_ONE, 1, "availability mask: 1 if the category can occur, 0 if it cannot"));

    private final CallSiteCache<Operands, CountCoefficients> coefficients = CountCoefficients.cache(true);

    @Override public String name() { return "multinomial_logit_masked"; }

    @Override
    public String description() {
        return "multinomial counts of K categories in n draws with logits eta, softmax over the categories with available = 1";
    }

    @Override public List<ParameterSpec> parameters() { return PARAMETERS; }

    @Override public Constraint support() { return NonNegativeInteger.INSTANCE; }

    @Override public int valueEventRank() { return 1; }

    @Override
    public int[] valueEventShape(int[][] parameterEventShapes) {
        int[] shape = MultinomialCounts.eventShape(name(), "eta", parameterEventShapes);
        int[] mask = parameterEventShapes[2];
        if (!Arrays.equals(mask, shape)) {
            throw new IllegalArgumentException(name() + ": available has event shape " + Arrays.toString(mask) + ", but must match eta's "
                    + Arrays.toString(shape) + " (one mask entry per category)");
        }
        return shape;
    }

    /** Constant logits must be finite and constant mask entries 0 or 1; the message names the entry. */
    @Override
    public void checkParameters(double[][] constants) {
        DistributionFamily.super.checkParameters(constants);
        if (constants.length > 1 && constants[1] != null) {
            double[] eta = constants[1];
            for (int j = 0; j < eta.length; j++) {
                if (!Double.isFinite(eta[j])) throw new IllegalArgumentException(name() + ": eta[" + j + "] is " + eta[j] + ", but must be finite");
            }
        }
        if (constants.length > 2 && constants[2] != null) {
            double[] a = constants[2];
            for (int j = 0; j < a.length; j++) {
                if (a[j] != 0 && a[j] != 1) {
                    throw new IllegalArgumentException(name() + ": available[" + j + "] is " + a[j] + ", but must be 0 or 1");
                }
            }
        }
    }

    /**
     * The call site's {@link CountCoefficients} holds, per event, the multinomial coefficient ($-\infty$ for
     * a bad mask or a structural zero), the number of available categories and the modal category,
     * recomputed only when the counts or the mask change. What remains per event is
     * {@link MultinomialLogitEvent#modalShift}: one exponential per category, the mask as a factor, one
     * logarithm. For $j\notin A$, $a_j = 0$ and $y_j = 0$ (else the coefficient is $-\infty$), so those
     * categories add exactly zero.
     */
    @Override
    public double logDensity(Operands args) {
        Operand y = args.value(), n = args.parameter(0), eta = args.parameter(1), mask = args.parameter(2);
        int k = eta.eventLength();
        CountCoefficients counts = coefficients.get(args);
        double[] coefficient = counts.refresh(n, y, mask);
        int[] modal = counts.modalCategory();
        double[] yData = y.data(), nData = n.data(), etaData = eta.data(), etaAdjoint = eta.adjoint(), maskData = mask.data();
        double[] numerator = args.scratch(k);
        double[] pointwise = args.pointwise();
        double total = 0;
        for (int b = 0; b < args.batchSize(); b++) {
            int yAt = y.start(b), etaAt = eta.start(b), maskAt = mask.start(b);
            double nb = nData[n.start(b)], lp = coefficient[b];
            if (nb > 0 && lp != Double.NEGATIVE_INFINITY) {
                double event = MultinomialLogitEvent.modalShift(yData, yAt, nb, etaData, etaAt, maskData, maskAt, k, modal[b], numerator, etaAdjoint);
                lp += event == event ? event : MultinomialLogitEvent.careful(yData, yAt, nb, etaData, etaAt, maskData, maskAt, k, etaAdjoint);
            } else {
                // no draws, or counts off the support: the coefficient alone (0 or -inf), or -inf for a logit that is not finite
                boolean finite = MultinomialLogitEvent.allFinite(etaData, etaAt, k);
                if (finite && counts.available(b) == 0 && nb > 0) throw noneAvailable(b, nb);
                if (!finite) lp = Double.NEGATIVE_INFINITY;
            }
            if (pointwise != null) pointwise[b] = lp;
            total += lp;
        }
        return total;
    }

    @Override
    public void sample(UniformRandomProvider rng, Operands args, double[] out, int outOffset) {
        Operand n = args.parameter(0), eta = args.parameter(1), a = args.parameter(2);
        int k = eta.eventLength();
        double[] p = new double[k], counts = new double[k];
        int[] category = new int[k];
        for (int b = 0; b < args.batchSize(); b++) {
            // compact the available categories: category[i] is the i-th available one
            int available = 0;
            double max = Double.NEGATIVE_INFINITY, sum = 0;
            for (int j = 0; j < k; j++) {
                double aj = a.get(b, j);
                if (aj != 0 && aj != 1) {
                    throw new IllegalArgumentException(name() + ": available[" + b + ", " + j + "] is " + aj + ", but must be 0 or 1");
                }
                if (aj == 1) {
                    category[available++] = j;
                    max = Math.max(max, eta.get(b, j));
                }
            }
            Arrays.fill(out, outOffset + b * k, outOffset + b * k + k, 0);
            long nb = (long) n.get(b);
            if (nb == 0) continue;
            if (available == 0) throw noneAvailable(b, nb);
            for (int i = 0; i < available; i++) sum += p[i] = Math.exp(eta.get(b, category[i]) - max);
            for (int i = 0; i < available; i++) p[i] /= sum;
            MultinomialCounts.draw(rng, nb, p, 0, available, counts, 0);
            for (int i = 0; i < available; i++) out[outOffset + b * k + category[i]] = counts[i];
        }
    }

    private IllegalArgumentException noneAvailable(int b, double n) {
        return new IllegalArgumentException(name() + ": available[" + b + "] (event " + b + ") has no available category, but n[" + b
                + "] is " + n + "; at least one category must be available when n > 0");
    }
}
