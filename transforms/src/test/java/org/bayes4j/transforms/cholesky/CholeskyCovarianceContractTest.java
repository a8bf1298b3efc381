package org.bayes4j.transforms.cholesky;

import java.util.List;

import org.bayes4j.spi.bijector.BijectorProvider;
import org.bayes4j.spi.constraint.CholeskyCovariance;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.Shapes;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.contract.BijectorContract;
import org.bayes4j.testkit.contract.BijectorFreeCoordinates;
import org.bayes4j.transforms.EventPoints;

/** The bijector laws for Cholesky factors of covariance matrices; Jacobian in the lower triangle with the diagonal. */
class CholeskyCovarianceContractTest extends BijectorContract {
    @Override protected BijectorProvider provider() { return new CholeskyCovarianceProvider(); }
    @Override protected Constraint constraint() { return CholeskyCovariance.INSTANCE; }
    @Override protected List<int[]> shapes() { return MatrixShapes.SHAPES; }
    @Override protected BijectorFreeCoordinates freeCoordinates() { return BijectorFreeCoordinates.lowerTriangle(); }
    @Override protected double[] constrainedPoint(Gen gen, int[] shape) {
        return EventPoints.batch(gen, shape, 2, g -> g.choleskyCovariance(Shapes.last(shape)));
    }
}
