package org.bayes4j.transforms.simplex;

import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.Shapes;
import org.bayes4j.transforms.EventBijector;
import org.bayes4j.transforms.scalar.Logistic;

/**
 * Stan's stick-breaking transform from $\mathbb R^{K-1}$ onto the simplex of
 * size $K$ (last axis; leading axes are a batch). With the offset that maps
 * $x = 0$ to the uniform simplex,
 * $$u_k = x_k - \log(K-k),\quad s_k = \sigma(u_k),\quad r_1 = 1,\ r_{k+1} = r_k\,(1-s_k),$$
 * $$y_k = r_k s_k\ (k < K),\qquad y_K = r_K .$$
 * $r_k$ is the stick left before break $k$; computing it as a product of
 * $1 - s_k = \sigma(-u_k)$ keeps tiny remainders accurate, and $y_K = r_K$ makes
 * the entries sum to one to round-off.
 *
 * <p><b>Inverse.</b> $r_{k+1} = \sum_{j>k} y_j$ (a suffix sum, again avoiding
 * $1 - \sum_{j\le k} y_j$), and $\mathrm{logit}(s_k) = \log(y_k / r_{k+1})$, so
 * $x_k = \log y_k - \log r_{k+1} + \log(K-k)$.
 *
 * <p><b>Log-Jacobian</b> in the free coordinates $y_{1..K-1}$: $y_k$ depends on
 * $x_j$ only for $j \le k$, so $J$ is lower triangular with
 * $\partial y_k/\partial x_k = r_k s_k(1-s_k)$:
 * $$\log|\det J| = \sum_{k<K} \Bigl[\log\sigma(u_k) + \log\sigma(-u_k) + \sum_{j<k}\log\sigma(-u_j)\Bigr].$$
 * Its gradient: $\partial_{x_k} = (1-s_k) - s_k - (K-1-k)\,s_k$, since
 * $\log\sigma(-u_k)$ recurs in the $K-1-k$ later remainders.
 *
 * <p><b>Vector-Jacobian product</b> by reverse accumulation through
 * $y_k = r_k s_k$ and $r_{k+1} = r_k(1-s_k)$: with $\bar r_K = \bar y_K$ and
 * $\bar r_k = \bar y_k s_k + \bar r_{k+1}(1-s_k)$,
 * $$\bar x_k \mathrel{+}= r_k s_k (1-s_k)\,(\bar y_k - \bar r_{k+1}) + \overline{\log|J|}\,\partial_{x_k}\log|\det J|,$$
 * where the remainders come from suffix sums of $y$; no scratch space.
 *
 * <p>Reference: Stan Reference Manual, "Unit simplex" (stick-breaking transform).
 */
public final class StickBreakingSimplex extends EventBijector {

    public StickBreakingSimplex(Constraint constraint, int[] shape) {
        super(constraint, shape, Shapes.last(shape) - 1, Shapes.last(shape));
    }

    @Override protected String transformName() { return "stick_breaking"; }

    @Override protected double forwardEvent(double[] x, int xo, double[] y, int yo) {
        int size = eventConstrainedSize;
        double remainder = 1, logRemainder = 0, logDet = 0;
        for (int k = 1; k < size; k++) {
            double u = x[xo + k - 1] - Math.log(size - k);
            double s = Logistic.sigmoid(u), oneMinusS = Logistic.sigmoid(-u);
            double logOneMinusS = Logistic.logSigmoid(-u);
            y[yo + k - 1] = remainder * s;
            logDet += Logistic.logSigmoid(u) + logOneMinusS + logRemainder;
            remainder *= oneMinusS;
            logRemainder += logOneMinusS;
        }
        y[yo + size - 1] = remainder;
        return logDet;
    }

    @Override protected void inverseEvent(double[] y, int yo, double[] x, int xo) {
        int size = eventConstrainedSize;
        double after = y[yo + size - 1];
        for (int k = size - 1; k >= 1; k--) {
            double yk = y[yo + k - 1];
            x[xo + k - 1] = Math.log(yk) - Math.log(after) + Math.log(size - k);
            after += yk;
        }
    }

    @Override protected void backwardEvent(double[] x, int xo, double[] y, int yo, double[] yAdj, int yao,
                                           double logDetAdj, double[] xAdj, int xao) {
        int size = eventConstrainedSize;
        double after = y[yo + size - 1];          // r_{k+1}
        double remainderAdj = yAdj[yao + size - 1]; // adjoint of r_{k+1}
        for (int k = size - 1; k >= 1; k--) {
            double u = x[xo + k - 1] - Math.log(size - k);
            double s = Logistic.sigmoid(u), oneMinusS = Logistic.sigmoid(-u);
            double remainder = after + y[yo + k - 1]; // r_k
            double yk = yAdj[yao + k - 1];
            double logDetGrad = oneMinusS - s - (size - 1 - k) * s;
            xAdj[xao + k - 1] += remainder * s * oneMinusS * (yk - remainderAdj) + logDetAdj * logDetGrad;
            remainderAdj = yk * s + remainderAdj * oneMinusS;
            after = remainder;
        }
    }
}
