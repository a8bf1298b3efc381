package org.bayes4j.models.trolley;

import java.util.List;

import org.bayes4j.spi.model.Dim;
import org.bayes4j.spi.model.Expr;
import org.bayes4j.spi.model.ModelBuilder;

/**
 * Cutpoints of an ordered logistic induced by the response probabilities at
 * a zero linear predictor (Betancourt 2019, "Ordinal Regression", section 2.2).
 * With $p$ on the simplex over the $K$ levels and $\phi = 0$,
 * $P(R \le k) = \operatorname{logistic}(\kappa_k)$, so
 * $$ \kappa_k = \operatorname{logit}\Big(\sum_{j \le k} p_j\Big)
 *             = \log \sum_{j \le k} p_j - \log \sum_{j > k} p_j,\qquad k = 1..K-1. $$
 * The second form takes $1 - \sum_{j\le k} p_j$ as the sum of the remaining
 * probabilities, so no cutpoint loses digits to cancellation when the first
 * $k$ levels carry nearly all the mass. The cutpoints are strictly increasing
 * whenever every $p_j > 0$, which a simplex-valued parameter guarantees: this
 * is how the models get ordered cutpoints from a free variable the
 * model-building API can declare. Conversely
 * $p_k = \operatorname{logistic}(\kappa_k) - \operatorname{logistic}(\kappa_{k-1})$
 * with $\kappa_0 = -\infty$, $\kappa_K = +\infty$.
 */
final class Cutpoints {

    private Cutpoints() {}

    /**
     * The cutpoints of {@code p} (dims {@code (level)}) as an expression of dims
     * {@code (cut)}: two sums by constant 0/1 matrices of dims {@code (cut, level)},
     * then the difference of their logarithms.
     */
    static Expr of(ModelBuilder m, Expr p, Dim cut, Dim level) {
        int cuts = cut.size(), levels = level.size();
        double[] atOrBelow = new double[cuts * levels];
        double[] above = new double[cuts * levels];
        for (int k = 0; k < cuts; k++) {
            for (int j = 0; j < levels; j++) {
                if (j <= k) atOrBelow[k * levels + j] = 1;
                else above[k * levels + j] = 1;
            }
        }
        Expr lower = m.constant(atOrBelow, cut, level).matvec(p);
        Expr upper = m.constant(above, cut, level).matvec(p);
        return lower.log().sub(upper.log());
    }

    /** The same map on numbers: {@code kappa_k = log(p_1 + .. + p_k) - log(p_{k+1} + .. + p_K)}. */
    static double[] fromProbabilities(double[] p) {
        double[] kappa = new double[p.length - 1];
        for (int k = 0; k < kappa.length; k++) {
            double lower = 0, upper = 0;
            for (int j = 0; j < p.length; j++) {
                if (j <= k) lower += p[j];
                else upper += p[j];
            }
            kappa[k] = Math.log(lower) - Math.log(upper);
        }
        return kappa;
    }

    /** The inverse: level probabilities at a zero linear predictor, from increasing cutpoints. */
    static double[] toProbabilities(double[] kappa) {
        double[] p = new double[kappa.length + 1];
        double below = 0;
        for (int k = 0; k < kappa.length; k++) {
            double cdf = logistic(kappa[k]);
            p[k] = cdf - below;
            below = cdf;
        }
        p[kappa.length] = logistic(-kappa[kappa.length - 1]);
        return p;
    }

    /** Labels {@code 1..count}, as the response scale and its cutpoints are numbered. */
    static List<String> numbered(int count) {
        String[] labels = new String[count];
        for (int k = 0; k < count; k++) labels[k] = Integer.toString(k + 1);
        return List.of(labels);
    }

    private static double logistic(double x) {
        return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
    }
}
