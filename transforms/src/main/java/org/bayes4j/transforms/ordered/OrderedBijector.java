package org.bayes4j.transforms.ordered;

import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.Shapes;
import org.bayes4j.transforms.EventBijector;

/**
 * Stan's ordered transform onto strictly increasing vectors of length $K$ (over
 * the last axis; leading axes are a batch), optionally with a positive first
 * element ({@code PositiveOrdered}):
 * $$y_1 = g(x_1),\qquad y_k = y_{k-1} + e^{x_k}\ (k \ge 2),$$
 * with $g(x) = x$ (ordered) or $g(x) = e^x$ (positive ordered).
 * Inverse: $x_1 = g^{-1}(y_1)$, $x_k = \log(y_k - y_{k-1})$.
 *
 * <p><b>Log-Jacobian.</b> $\partial y_k/\partial x_j = 0$ for $j > k$, so $J$ is
 * lower triangular with diagonal $(g'(x_1), e^{x_2}, \dots, e^{x_K})$ and
 * $$\log|\det J| = \sum_{k=2}^K x_k\ \bigl(+\,x_1 \text{ when positive}\bigr).$$
 *
 * <p><b>Vector-Jacobian product.</b> $y_k$ depends on $x_j$ ($j \le k$) through
 * $\partial y_k/\partial x_j = e^{x_j}$ ($j\ge 2$) and $g'(x_1)$ for $j = 1$, so
 * with the suffix sums $S_j = \sum_{k \ge j} \bar y_k$:
 * $\bar x_j \mathrel{+}= e^{x_j} S_j + \overline{\log|J|}$ for $j \ge 2$ and
 * $\bar x_1 \mathrel{+}= g'(x_1) S_1\ (+\,\overline{\log|J|}$ when positive$)$.
 * One reverse pass, no scratch space.
 *
 * <p>Reference: Stan Reference Manual, "Ordered vector" and "Positive ordered vector".
 */
public final class OrderedBijector extends EventBijector {

    private final boolean positive;

    public OrderedBijector(Constraint constraint, int[] shape, boolean positive) {
        super(constraint, shape, Shapes.last(shape), Shapes.last(shape));
        this.positive = positive;
    }

    @Override protected String transformName() { return positive ? "positive_ordered" : "ordered"; }

    @Override protected double forwardEvent(double[] x, int xo, double[] y, int yo) {
        int k = eventConstrainedSize;
        if (k == 0) return 0;
        double logDet = positive ? x[xo] : 0;
        double previous = positive ? Math.exp(x[xo]) : x[xo];
        y[yo] = previous;
        for (int j = 1; j < k; j++) {
            previous += Math.exp(x[xo + j]);
            y[yo + j] = previous;
            logDet += x[xo + j];
        }
        return logDet;
    }

    @Override protected void inverseEvent(double[] y, int yo, double[] x, int xo) {
        int k = eventConstrainedSize;
        if (k == 0) return;
        x[xo] = positive ? Math.log(y[yo]) : y[yo];
        for (int j = 1; j < k; j++) x[xo + j] = Math.log(y[yo + j] - y[yo + j - 1]);
    }

    @Override protected void backwardEvent(double[] x, int xo, double[] y, int yo, double[] yAdj, int yao,
                                           double logDetAdj, double[] xAdj, int xao) {
        int k = eventConstrainedSize;
        double suffix = 0;
        for (int j = k - 1; j >= 1; j--) {
            suffix += yAdj[yao + j];
            xAdj[xao + j] += Math.exp(x[xo + j]) * suffix + logDetAdj;
        }
        if (k == 0) return;
        suffix += yAdj[yao];
        xAdj[xao] += positive ? Math.exp(x[xo]) * suffix + logDetAdj : suffix;
    }
}
