package org.bayes4j.transforms.cholesky;

import java.util.List;

import org.bayes4j.spi.bijector.BijectorProvider;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.Correlation;
import org.bayes4j.spi.constraint.Shapes;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.contract.BijectorContract;
import org.bayes4j.testkit.contract.BijectorFreeCoordinates;
import org.bayes4j.transforms.EventPoints;

/** The bijector laws for correlation matrices; Jacobian in the strictly lower triangle of C. */
class CorrelationMatrixContractTest extends BijectorContract {
    @Override protected BijectorProvider provider() { return new CorrelationMatrixProvider(); }
    @Override protected Constraint constraint() { return Correlation.INSTANCE; }
    @Override protected List<int[]> shapes() { return MatrixShapes.SHAPES; }
    // unit spread keeps the matrices well conditioned: the inverse refactorises L L^T, and Cholesky round-off grows
    // like eps * cond(matrix); at spread 2 conditions near 1e6 cost round trips ~1e-10, beyond the 1e-12 law
    @Override protected double unconstrainedScale() { return 1; }
    @Override protected BijectorFreeCoordinates freeCoordinates() { return BijectorFreeCoordinates.strictlyLowerTriangle(); }
    @Override protected double[] constrainedPoint(Gen gen, int[] shape) {
        int k = Shapes.last(shape);
        return EventPoints.batch(gen, shape, 2, g -> gram(g.choleskyCorrelation(k), k));
    }

    static double[] gram(double[] l, int k) {
        double[] c = new double[k * k];
        for (int i = 0; i < k; i++) for (int j = 0; j < k; j++) {
            double s = 0;
            for (int m = 0; m < k; m++) s += l[i * k + m] * l[j * k + m];
            c[i * k + j] = s;
        }
        return c;
    }
}
