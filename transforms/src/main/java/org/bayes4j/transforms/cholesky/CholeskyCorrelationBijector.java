package org.bayes4j.transforms.cholesky;

import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.Shapes;
import org.bayes4j.transforms.EventBijector;

/**
 * Stan's transform onto Cholesky factors of $K\times K$ correlation matrices.
 * The $K(K-1)/2$ coordinates, taken row by row over the strictly lower
 * triangle, become canonical partial correlations $z_{ij} = \tanh x_{ij}$, and
 * $$L_{00} = 1,\qquad L_{ij} = z_{ij}\,s_{ij}\ (j < i),\qquad L_{ii} = s_{ii},$$
 * $$s_{i0} = 1,\qquad s_{i,j+1} = s_{ij}\sqrt{1 - z_{ij}^2} = s_{ij}\,\mathrm{sech}\,x_{ij},$$
 * where $s_{ij}^2 = 1 - \sum_{k<j} L_{ik}^2$ is the squared norm still free in
 * row $i$; so each row has unit norm and a positive diagonal.
 *
 * <p><b>Inverse.</b> $s_{ij}^2 = \sum_{k \ge j} L_{ik}^2$ (suffix sums, exact for
 * unit rows), $z_{ij} = L_{ij}/s_{ij}$ and
 * $x_{ij} = \operatorname{atanh} z_{ij} = \operatorname{sign}(L_{ij})\,[\log(s_{ij} + |L_{ij}|) - \log s_{i,j+1}]$,
 * using $(1+z)/(1-z) = (s+|L|)^2/(s^2 - L^2)$ to avoid cancelling near $|z| = 1$.
 *
 * <p><b>Log-Jacobian</b> in the strictly lower triangle of $L$. Within row $i$,
 * $L_{ij}$ depends on $z_{ik}$ for $k \le j$ only and rows are independent, so
 * the Jacobian is triangular with $\partial L_{ij}/\partial x_{ij} = s_{ij}(1 - z_{ij}^2)$:
 * $$\log|\det J| = \sum_{i>j}\Bigl[\log(1 - z_{ij}^2) + \tfrac12\log(1 - \textstyle\sum_{k<j}L_{ik}^2)\Bigr]
 *   = \sum_{i>j}\bigl(1 + \tfrac{i-1-j}{2}\bigr)\log\mathrm{sech}^2 x_{ij}$$
 * (0-based indices), with $\log\mathrm{sech}^2 x = 2(\log 2 - |x| - \mathrm{log1p}(e^{-2|x|}))$.
 * Gradient: $\partial_{x_{ij}}\log|\det J| = -(i + 1 - j)\,z_{ij}$.
 *
 * <p><b>Vector-Jacobian product</b>, per row by reverse accumulation through
 * $L_{ij} = z_j s_j$, $s_{j+1} = s_j c_j$ ($c_j = \mathrm{sech}\,x_j$,
 * $dz/dx = c^2$, $dc/dx = -cz$): starting from $\bar s_i = \bar L_{ii}$,
 * $$\bar x_j \mathrel{+}= s_j c_j(\bar L_{ij} c_j - \bar s_{j+1} z_j) - (i+1-j)\,z_j\,\overline{\log|J|},\qquad
 *   \bar s_j = \bar s_{j+1} c_j + \bar L_{ij} z_j .$$
 *
 * <p>Reference: Stan Reference Manual, "Cholesky factors of correlation
 * matrices"; Lewandowski, Kurowicka and Joe, "Generating random correlation
 * matrices based on vines and extended onion method", J. Multivariate Analysis
 * 100 (2009).
 */
public final class CholeskyCorrelationBijector extends EventBijector {

    private static final double LOG_TWO = Math.log(2);
    private final int k;

    public CholeskyCorrelationBijector(Constraint constraint, int[] shape) {
        super(constraint, shape, Shapes.last(shape) * (Shapes.last(shape) - 1) / 2, Shapes.last(shape) * Shapes.last(shape));
        this.k = Shapes.last(shape);
    }

    @Override protected String transformName() { return "cholesky_correlation"; }

    /** $\log \mathrm{sech}^2 x = \log(1 - \tanh^2 x)$ without cancellation. */
    static double logSech2(double x) {
        double a = Math.abs(x);
        return 2 * (LOG_TWO - a - Math.log1p(Math.exp(-2 * a)));
    }

    @Override protected double forwardEvent(double[] x, int xo, double[] y, int yo) {
        java.util.Arrays.fill(y, yo, yo + k * k, 0.0);
        if (k == 0) return 0;
        y[yo] = 1;
        double logDet = 0;
        for (int i = 1; i < k; i++) {
            int base = xo + i * (i - 1) / 2;
            double s = 1, logS = 0;
            for (int j = 0; j < i; j++) {
                double t = x[base + j], lsech2 = logSech2(t);
                y[yo + i * k + j] = Math.tanh(t) * s;
                logDet += lsech2 + logS;
                s *= Math.exp(0.5 * lsech2);
                logS += 0.5 * lsech2;
            }
            y[yo + i * k + i] = s;
        }
        return logDet;
    }

    @Override protected void inverseEvent(double[] y, int yo, double[] x, int xo) {
        for (int i = 1; i < k; i++) {
            int base = xo + i * (i - 1) / 2;
            double diagonal = y[yo + i * k + i];
            double after = diagonal * diagonal; // s_{i,j+1}^2
            for (int j = i - 1; j >= 0; j--) {
                double l = y[yo + i * k + j], s = Math.sqrt(after + l * l);
                x[base + j] = l == 0 ? 0 : Math.copySign(Math.log(s + Math.abs(l)) - 0.5 * Math.log(after), l);
                after += l * l;
            }
        }
    }

    @Override protected void backwardEvent(double[] x, int xo, double[] y, int yo, double[] yAdj, int yao,
                                           double logDetAdj, double[] xAdj, int xao) {
        for (int i = 1; i < k; i++) {
            int base = i * (i - 1) / 2;
            double diagonal = y[yo + i * k + i];
            double after = diagonal * diagonal;
            double sAdj = yAdj[yao + i * k + i];
            for (int j = i - 1; j >= 0; j--) {
                double t = x[xo + base + j], z = Math.tanh(t), c = Math.exp(0.5 * logSech2(t));
                double l = y[yo + i * k + j], s = Math.sqrt(after + l * l);
                double lAdj = yAdj[yao + i * k + j];
                xAdj[xao + base + j] += s * c * (lAdj * c - sAdj * z) - (i + 1 - j) * z * logDetAdj;
                sAdj = sAdj * c + lAdj * z;
                after += l * l;
            }
        }
    }
}
