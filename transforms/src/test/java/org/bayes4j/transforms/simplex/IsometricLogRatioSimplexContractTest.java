package org.bayes4j.transforms.simplex;

import java.util.List;

import org.bayes4j.spi.bijector.BijectorProvider;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.Shapes;
import org.bayes4j.spi.constraint.Simplex;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.contract.BijectorContract;
import org.bayes4j.testkit.contract.BijectorFreeCoordinates;
import org.bayes4j.transforms.EventPoints;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The bijector laws for the isometric log-ratio simplex, selected through
 * {@link SimplexTransformOption} for the duration of each test.
 */
class IsometricLogRatioSimplexContractTest extends BijectorContract {
    private String previous;

    @BeforeEach void selectIlr() {
        previous = System.getProperty(SimplexTransformOption.PROPERTY);
        System.setProperty(SimplexTransformOption.PROPERTY, SimplexTransformOption.ILR);
    }

    @AfterEach void restore() {
        if (previous == null) System.clearProperty(SimplexTransformOption.PROPERTY);
        else System.setProperty(SimplexTransformOption.PROPERTY, previous);
    }

    @Override protected BijectorProvider provider() { return new IsometricLogRatioSimplexProvider(); }
    @Override protected Constraint constraint() { return Simplex.INSTANCE; }
    @Override protected List<int[]> shapes() { return List.of(new int[] {2}, new int[] {5}, new int[] {3, 4}, new int[] {2, 1}); }
    @Override protected BijectorFreeCoordinates freeCoordinates() { return BijectorFreeCoordinates.leadingOfLastAxis(); }
    @Override protected double[] constrainedPoint(Gen gen, int[] shape) {
        return EventPoints.batch(gen, shape, 1, g -> g.simplex(Shapes.last(shape)));
    }
}
