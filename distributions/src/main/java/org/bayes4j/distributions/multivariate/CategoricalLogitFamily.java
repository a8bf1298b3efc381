package org.bayes4j.distributions.multivariate;

import java.util.List;

import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.NonNegativeInteger;
import org.bayes4j.spi.constraint.Real;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.distribution.Operand;
import org.bayes4j.spi.distribution.Operands;
import org.bayes4j.spi.distribution.ParameterSpec;
import org.bayes4j.spi.numeric.TabulatedExponential;

/**
 * The categorical distribution on the logit scale, {@code categorical_logit(eta)}, over categories
 * $0, \dots, K-1$ with $p = \operatorname{softmax}(\eta)$:
 * $$\log p(y\mid\eta) = \eta_y - \log\sum_{j} e^{\eta_j},$$
 * with the log-sum-exp taken as $m + \log\sum_j e^{\eta_j - m}$, $m = \max_j\eta_j$ (no overflow, and
 * the largest term is exactly 1).
 *
 * <p>Support: $y \in \{0, \dots, K-1\}$ ($y \ge K$ gives $-\infty$). Parameter: $\eta \in \mathbb{R}^K$
 * (defined up to a common shift).
 *
 * <p>Partial: $\partial_{\eta_j} = [j = y] - \operatorname{softmax}(\eta)_j$.
 *
 * <p>Draws: inversion on the shifted weights $e^{\eta_j - m}$.
 *
 * <p>Reference: Stan Functions Reference, "Categorical distribution" ({@code categorical_logit}),
 * numbering categories from 0 here.
 */
public final class CategoricalLogitFamily implements DistributionFamily {

    private static final List<ParameterSpec> PARAMETERS = List.of(
            new ParameterSpec("eta", Real.INSTANCE, 1, "category log-odds (logits)"));

    @Override public String name() { return "categorical_logit"; }

    @Override public String description() { return "categorical distribution over categories 0..K-1 with logits eta"; }

    @Override public List<ParameterSpec> parameters() { return PARAMETERS; }

    @Override public Constraint support() { return NonNegativeInteger.INSTANCE; }

    @Override
    public void checkParameters(double[][] constants) {
        if (constants.length == 0 || constants[0] == null) return;
        for (int j = 0; j < constants[0].length; j++) {
            if (!Double.isFinite(constants[0][j])) {
                throw new IllegalArgumentException(name() + ": eta[" + j + "] is " + constants[0][j] + ", but must be finite");
            }
        }
    }

    @Override
    public double logDensity(Operands args) {
        Operand y = args.value(), eta = args.parameter(0);
        int k = eta.eventLength();
        double[] pointwise = args.pointwise();
        double total = 0;
        for (int b = 0; b < args.batchSize(); b++) {
            double yb = y.get(b);
            double max = Double.NEGATIVE_INFINITY;
            boolean finite = true;
            for (int j = 0; j < k; j++) {
                double e = eta.get(b, j);
                finite &= Double.isFinite(e);
                max = Math.max(max, e);
            }
            double lp;
            if (!finite || !(yb >= 0 && yb < k && yb == Math.rint(yb))) {
                lp = Double.NEGATIVE_INFINITY;
            } else {
                int c = (int) yb;
                double sum = 0;
                for (int j = 0; j < k; j++) sum += TabulatedExponential.exp(eta.get(b, j) - max);
                lp = eta.get(b, c) - max - Math.log(sum);
                if (eta.hasAdjoint()) {
                    double invSum = 1 / sum;
                    for (int j = 0; j < k; j++) {
                        double softmax = TabulatedExponential.exp(eta.get(b, j) - max) * invSum;
                        eta.addAdjoint(b, j, (j == c ? 1 : 0) - softmax);
                    }
                }
            }
            if (pointwise != null) pointwise[b] = lp;
            total += lp;
        }
        return total;
    }

    @Override
    public void sample(UniformRandomProvider rng, Operands args, double[] out, int outOffset) {
        Operand eta = args.parameter(0);
        int k = eta.eventLength();
        for (int b = 0; b < args.batchSize(); b++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < k; j++) max = Math.max(max, eta.get(b, j));
            double sum = 0;
            for (int j = 0; j < k; j++) sum += Math.exp(eta.get(b, j) - max);
            double target = rng.nextDouble() * sum, cumulative = 0;
            int c = k - 1;
            for (int j = 0; j < k; j++) {
                cumulative += Math.exp(eta.get(b, j) - max);
                if (target < cumulative) {
                    c = j;
                    break;
                }
            }
            out[outOffset + b] = c;
        }
    }
}
