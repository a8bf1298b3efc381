package org.bayes4j.transforms.cholesky;

import org.bayes4j.spi.constraint.CholeskyCorrelation;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.Shapes;
import org.bayes4j.transforms.EventBijector;

/**
 * Stan's transform onto $K\times K$ correlation matrices: $C = LL^\top$ with
 * $L$ from {@link CholeskyCorrelationBijector}; the diagonal is set to exactly 1.
 * Inverse: Cholesky factorisation of $C$, then the factor's inverse.
 *
 * <p><b>Log-Jacobian</b> in the strictly lower triangle of $C$. For row $i$,
 * $C_{ij} = \sum_{k \le j} L_{ik}L_{jk}$ ($j < i$) depends on row $i$ of $L$
 * through $\partial C_{ij}/\partial L_{ik} = L_{jk}$ ($k \le j$): lower
 * triangular with diagonal $L_{jj}$; rows of $C$ below depend on earlier rows of
 * $L$ only, so the whole Jacobian is block triangular and
 * $$\log|\det \partial C/\partial L| = \sum_{i}\sum_{j<i}\log L_{jj} = \sum_j (K-1-j)\log L_{jj}.$$
 * Adding the factor's term, with $\log L_{jj} = \tfrac12\sum_{k<j}\log\mathrm{sech}^2 x_{jk}$,
 * the coefficient of $\log\mathrm{sech}^2 x_{ij}$ becomes $(K-j)/2$ (0-based), so
 * $$\log|\det J| = \sum_{i>j}\tfrac{K-j}{2}\log\mathrm{sech}^2 x_{ij},\qquad
 *   \partial_{x_{ij}}\log|\det J| = -(K-j)\tanh x_{ij}.$$
 *
 * <p><b>Vector-Jacobian product.</b> $\bar L = (\bar C + \bar C^\top)L$ off the
 * diagonal of $\bar C$ (see {@link GramMatrix}), pushed through the factor's
 * VJP, plus $-(K-1-i)\tanh x_{ij}\,\overline{\log|J|}$ for the extra term.
 * The factor is recomputed from $x$ into instance scratch.
 *
 * <p>Reference: Stan Reference Manual, "Correlation matrices".
 */
public final class CorrelationMatrixBijector extends EventBijector {

    private final int k;
    private final CholeskyCorrelationBijector factor;
    private final double[] l;
    private final double[] lAdj;

    public CorrelationMatrixBijector(Constraint constraint, int[] shape) {
        super(constraint, shape, Shapes.last(shape) * (Shapes.last(shape) - 1) / 2, Shapes.last(shape) * Shapes.last(shape));
        this.k = Shapes.last(shape);
        this.factor = new CholeskyCorrelationBijector(CholeskyCorrelation.INSTANCE, new int[] {k, k});
        this.l = new double[k * k];
        this.lAdj = new double[k * k];
    }

    @Override protected String transformName() { return "correlation"; }

    @Override protected double forwardEvent(double[] x, int xo, double[] y, int yo) {
        double logDet = factor.forwardEvent(x, xo, l, 0);
        GramMatrix.multiply(l, 0, k, y, yo);
        for (int j = 0; j < k; j++) {
            y[yo + j * k + j] = 1;
            logDet += (k - 1 - j) * Math.log(l[j * k + j]);
        }
        return logDet;
    }

    @Override protected void inverseEvent(double[] y, int yo, double[] x, int xo) {
        GramMatrix.cholesky(y, yo, k, l, 0);
        factor.inverseEvent(l, 0, x, xo);
    }

    @Override protected void backwardEvent(double[] x, int xo, double[] y, int yo, double[] yAdj, int yao,
                                           double logDetAdj, double[] xAdj, int xao) {
        factor.forwardEvent(x, xo, l, 0);
        GramMatrix.factorAdjoint(yAdj, yao, l, 0, k, true, lAdj, 0);
        factor.backwardEvent(x, xo, l, 0, lAdj, 0, logDetAdj, xAdj, xao);
        for (int i = 1; i < k; i++) {
            int base = i * (i - 1) / 2;
            for (int j = 0; j < i; j++) xAdj[xao + base + j] -= (k - 1 - i) * Math.tanh(x[xo + base + j]) * logDetAdj;
        }
    }
}
