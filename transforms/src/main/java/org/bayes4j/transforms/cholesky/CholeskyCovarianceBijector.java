package org.bayes4j.transforms.cholesky;

import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.Shapes;
import org.bayes4j.transforms.EventBijector;

/**
 * Stan's transform onto Cholesky factors of $K\times K$ covariance matrices:
 * the $K(K+1)/2$ coordinates fill the lower triangle row by row, with
 * $$L_{ii} = e^{x_{ii}},\qquad L_{ij} = x_{ij}\ (j < i),\qquad L_{ij} = 0\ (j > i).$$
 * Inverse: $x_{ii} = \log L_{ii}$, $x_{ij} = L_{ij}$.
 *
 * <p><b>Log-Jacobian</b> in the lower triangle including the diagonal: the
 * Jacobian is diagonal with entries $e^{x_{ii}}$ and 1, so
 * $\log|\det J| = \sum_i x_{ii}$, with gradient 1 on each diagonal coordinate.
 *
 * <p><b>Vector-Jacobian product.</b> $\bar x_{ij} \mathrel{+}= \bar L_{ij}$ below
 * the diagonal and $\bar x_{ii} \mathrel{+}= \bar L_{ii}\,e^{x_{ii}} + \overline{\log|J|}$.
 *
 * <p>Reference: Stan Reference Manual, "Cholesky factors of covariance matrices".
 */
public final class CholeskyCovarianceBijector extends EventBijector {

    private final int k;

    public CholeskyCovarianceBijector(Constraint constraint, int[] shape) {
        super(constraint, shape, Shapes.last(shape) * (Shapes.last(shape) + 1) / 2, Shapes.last(shape) * Shapes.last(shape));
        this.k = Shapes.last(shape);
    }

    @Override protected String transformName() { return "cholesky_covariance"; }

    @Override protected double forwardEvent(double[] x, int xo, double[] y, int yo) {
        double logDet = 0;
        for (int i = 0; i < k; i++) {
            int base = xo + i * (i + 1) / 2;
            for (int j = 0; j < i; j++) y[yo + i * k + j] = x[base + j];
            y[yo + i * k + i] = Math.exp(x[base + i]);
            for (int j = i + 1; j < k; j++) y[yo + i * k + j] = 0;
            logDet += x[base + i];
        }
        return logDet;
    }

    @Override protected void inverseEvent(double[] y, int yo, double[] x, int xo) {
        for (int i = 0; i < k; i++) {
            int base = xo + i * (i + 1) / 2;
            for (int j = 0; j < i; j++) x[base + j] = y[yo + i * k + j];
            x[base + i] = Math.log(y[yo + i * k + i]);
        }
    }

    @Override protected void backwardEvent(double[] x, int xo, double[] y, int yo, double[] yAdj, int yao,
                                           double logDetAdj, double[] xAdj, int xao) {
        for (int i = 0; i < k; i++) {
            int base = i * (i + 1) / 2;
            for (int j = 0; j < i; j++) xAdj[xao + base + j] += yAdj[yao + i * k + j];
            xAdj[xao + base + i] += yAdj[yao + i * k + i] * Math.exp(x[xo + base + i]) + logDetAdj;
        }
    }
}
