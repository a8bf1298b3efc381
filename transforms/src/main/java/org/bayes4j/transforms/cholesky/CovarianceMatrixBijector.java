package org.bayes4j.transforms.cholesky;

import org.bayes4j.spi.constraint.CholeskyCovariance;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.Shapes;
import org.bayes4j.transforms.EventBijector;

/**
 * Stan's transform onto $K\times K$ covariance (symmetric positive-definite)
 * matrices: $\Sigma = LL^\top$ with $L$ from {@link CholeskyCovarianceBijector}
 * ($L_{ii} = e^{x_{ii}}$, $L_{ij} = x_{ij}$). Inverse: Cholesky factorisation,
 * then $x_{ii} = \log L_{ii}$, $x_{ij} = L_{ij}$.
 *
 * <p><b>Log-Jacobian</b> in the lower triangle of $\Sigma$ including the
 * diagonal. Ordered row by row, $\partial\Sigma_{ij}/\partial L_{ik} = L_{jk}$
 * ($k \le j < i$) and $\partial\Sigma_{ii}/\partial L_{ii} = 2L_{ii}$, so the
 * Jacobian is block triangular with diagonal $L_{00},\dots,L_{i-1,i-1}, 2L_{ii}$
 * in row $i$:
 * $$\log|\det\partial\Sigma/\partial L| = K\log 2 + \sum_j (K-j)\log L_{jj},$$
 * and with $\log L_{jj} = x_{jj}$ from the factor's map,
 * $$\log|\det J| = K\log 2 + \sum_{j=0}^{K-1}(K-j+1)\,x_{jj},\qquad
 *   \partial_{x_{jj}}\log|\det J| = K-j+1 .$$
 *
 * <p><b>Vector-Jacobian product.</b> $\bar L = (\bar\Sigma + \bar\Sigma^\top)L$
 * (see {@link GramMatrix}), pushed through the factor's VJP, plus
 * $(K-j)\,\overline{\log|J|}$ on each diagonal coordinate.
 *
 * <p>Reference: Stan Reference Manual, "Covariance matrices".
 */
public final class CovarianceMatrixBijector extends EventBijector {

    private final int k;
    private final double kLogTwo;
    private final CholeskyCovarianceBijector factor;
    private final double[] l;
    private final double[] lAdj;

    public CovarianceMatrixBijector(Constraint constraint, int[] shape) {
        super(constraint, shape, Shapes.last(shape) * (Shapes.last(shape) + 1) / 2, Shapes.last(shape) * Shapes.last(shape));
        this.k = Shapes.last(shape);
        this.kLogTwo = k * Math.log(2);
        this.factor = new CholeskyCovarianceBijector(CholeskyCovariance.INSTANCE, new int[] {k, k});
        this.l = new double[k * k];
        this.lAdj = new double[k * k];
    }

    @Override protected String transformName() { return "covariance"; }

    @Override protected double forwardEvent(double[] x, int xo, double[] y, int yo) {
        double logDet = factor.forwardEvent(x, xo, l, 0) + kLogTwo;
        GramMatrix.multiply(l, 0, k, y, yo);
        for (int j = 0; j < k; j++) logDet += (k - j) * x[xo + j * (j + 1) / 2 + j];
        return logDet;
    }

    @Override protected void inverseEvent(double[] y, int yo, double[] x, int xo) {
        GramMatrix.cholesky(y, yo, k, l, 0);
        factor.inverseEvent(l, 0, x, xo);
    }

    @Override protected void backwardEvent(double[] x, int xo, double[] y, int yo, double[] yAdj, int yao,
                                           double logDetAdj, double[] xAdj, int xao) {
        factor.forwardEvent(x, xo, l, 0);
        GramMatrix.factorAdjoint(yAdj, yao, l, 0, k, false, lAdj, 0);
        factor.backwardEvent(x, xo, l, 0, lAdj, 0, logDetAdj, xAdj, xao);
        for (int j = 0; j < k; j++) xAdj[xao + j * (j + 1) / 2 + j] += (k - j) * logDetAdj;
    }
}
