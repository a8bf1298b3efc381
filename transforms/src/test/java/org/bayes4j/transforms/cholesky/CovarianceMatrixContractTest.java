package org.bayes4j.transforms.cholesky;

import java.util.List;

import org.bayes4j.spi.bijector.BijectorProvider;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.PositiveDefinite;
import org.bayes4j.spi.constraint.Shapes;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.contract.BijectorContract;
import org.bayes4j.testkit.contract.BijectorFreeCoordinates;
import org.bayes4j.transforms.EventPoints;

/** The bijector laws for covariance matrices; Jacobian in the lower triangle of Sigma with the diagonal. */
class CovarianceMatrixContractTest extends BijectorContract {
    @Override protected BijectorProvider provider() { return new CovarianceMatrixProvider(); }
    @Override protected Constraint constraint() { return PositiveDefinite.INSTANCE; }
    @Override protected List<int[]> shapes() { return MatrixShapes.SHAPES; }
    // unit spread keeps the matrices well conditioned: the inverse refactorises L L^T, and Cholesky round-off grows
    // like eps * cond(matrix); at spread 2 conditions near 1e6 cost round trips ~1e-10, beyond the 1e-12 law
    @Override protected double unconstrainedScale() { return 1; }
    @Override protected BijectorFreeCoordinates freeCoordinates() { return BijectorFreeCoordinates.lowerTriangle(); }
    @Override protected double[] constrainedPoint(Gen gen, int[] shape) {
        return EventPoints.batch(gen, shape, 2, g -> g.positiveDefinite(Shapes.last(shape)));
    }
}
