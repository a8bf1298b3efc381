package org.bayes4j.transforms.simplex;

import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.Shapes;
import org.bayes4j.transforms.EventBijector;
import org.bayes4j.transforms.zerosum.HelmertBasis;

/**
 * The isometric log-ratio (ILR) transform onto the simplex of size $K$: embed
 * $x \in \mathbb R^{K-1}$ isometrically into the zero-sum plane with the
 * Helmert basis $H$, then apply the softmax,
 * $$z = Hx,\qquad y = \mathrm{softmax}(z),\quad y_i = e^{z_i - \mathrm{lse}(z)} .$$
 * Inverse: $\log y = z - \mathrm{lse}(z)\mathbf 1$ and $H^\top\mathbf 1 = 0$, so
 * $x = H^\top \log y$ (Egozcue et al. 2003).
 *
 * <p><b>Log-Jacobian</b> in the free coordinates $y_{1..K-1}$. Write
 * $w = Bz$ with $B = [I_{K-1}, -\mathbf 1]$ (additive log-ratios
 * $w_i = \log(y_i/y_K)$). The map $w \mapsto y_{1..K-1}$ has
 * $|\det| = \prod_{i=1}^K y_i$ (the classical additive-logistic Jacobian), and
 * $(BH)(BH)^\top = B(I - \mathbf 1\mathbf 1^\top/K)B^\top = BB^\top = I + \mathbf 1\mathbf 1^\top$
 * (because $B\mathbf 1 = 0$), whose determinant is $K$. Hence
 * $$\log|\det J| = \sum_{i=1}^K \log y_i + \tfrac12\log K = \sum_i z_i - K\,\mathrm{lse}(z) + \tfrac12\log K .$$
 * Gradient: $\nabla_x \log|\det J| = H^\top(\mathbf 1 - K y) = -K\,H^\top y$.
 *
 * <p><b>Vector-Jacobian product.</b> The softmax Jacobian is
 * $\mathrm{diag}(y) - yy^\top$, so
 * $\bar z = y \odot (\bar y - \langle y, \bar y\rangle) - K\,\overline{\log|J|}\,y$ and
 * $\bar x \mathrel{+}= H^\top \bar z$.
 *
 * <p>Scratch: $z$, $\bar z$ and one unconstrained event, owned by the instance.
 * Reference: Egozcue, Pawlowsky-Glahn, Mateu-Figueras and Barcelo-Vidal,
 * "Isometric logratio transformations for compositional data analysis",
 * Mathematical Geology 35 (2003) 279-300.
 */
public final class IsometricLogRatioSimplex extends EventBijector {

    private final double halfLogSize;
    private final double[] z;
    private final double[] zAdjoint;
    private final double[] xAdjoint;

    public IsometricLogRatioSimplex(Constraint constraint, int[] shape) {
        super(constraint, shape, Shapes.last(shape) - 1, Shapes.last(shape));
        this.halfLogSize = 0.5 * Math.log(eventConstrainedSize);
        this.z = new double[eventConstrainedSize];
        this.zAdjoint = new double[eventConstrainedSize];
        this.xAdjoint = new double[eventUnconstrainedSize];
    }

    @Override protected String transformName() { return "ilr_simplex"; }

    @Override protected double forwardEvent(double[] x, int xo, double[] y, int yo) {
        int size = eventConstrainedSize;
        HelmertBasis.expand(x, xo, z, 0, size, 1);
        double max = Double.NEGATIVE_INFINITY, sumZ = 0;
        for (int i = 0; i < size; i++) {
            max = Math.max(max, z[i]);
            sumZ += z[i];
        }
        // softmax and log-sum-exp shifted by the maximum, so no exponential overflows
        double sum = 0;
        for (int i = 0; i < size; i++) {
            y[yo + i] = Math.exp(z[i] - max);
            sum += y[yo + i];
        }
        for (int i = 0; i < size; i++) y[yo + i] /= sum;
        double logSumExp = max + Math.log(sum);
        return sumZ - size * logSumExp + halfLogSize;
    }

    @Override protected void inverseEvent(double[] y, int yo, double[] x, int xo) {
        for (int i = 0; i < eventConstrainedSize; i++) z[i] = Math.log(y[yo + i]);
        HelmertBasis.contract(z, 0, x, xo, eventConstrainedSize, 1);
    }

    @Override protected void backwardEvent(double[] x, int xo, double[] y, int yo, double[] yAdj, int yao,
                                           double logDetAdj, double[] xAdj, int xao) {
        int size = eventConstrainedSize;
        double inner = 0;
        for (int i = 0; i < size; i++) inner += y[yo + i] * yAdj[yao + i];
        for (int i = 0; i < size; i++) {
            zAdjoint[i] = y[yo + i] * (yAdj[yao + i] - inner) - size * logDetAdj * y[yo + i];
        }
        HelmertBasis.contract(zAdjoint, 0, xAdjoint, 0, size, 1);
        for (int j = 0; j < eventUnconstrainedSize; j++) xAdj[xao + j] += xAdjoint[j];
    }
}
