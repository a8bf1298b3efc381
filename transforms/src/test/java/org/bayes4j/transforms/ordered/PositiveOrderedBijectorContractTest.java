package org.bayes4j.transforms.ordered;

import java.util.List;

import org.bayes4j.spi.bijector.BijectorProvider;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.PositiveOrdered;
import org.bayes4j.spi.constraint.Shapes;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.contract.BijectorContract;
import org.bayes4j.transforms.EventPoints;

/** The bijector laws for the positive ordered transform, with batch axes. */
class PositiveOrderedBijectorContractTest extends BijectorContract {
    @Override protected BijectorProvider provider() { return new PositiveOrderedProvider(); }
    @Override protected Constraint constraint() { return PositiveOrdered.INSTANCE; }
    @Override protected List<int[]> shapes() { return List.of(new int[] {1}, new int[] {4}, new int[] {3, 5}); }
    @Override protected double[] constrainedPoint(Gen gen, int[] shape) {
        return EventPoints.batch(gen, shape, 1, g -> g.ordered(Shapes.last(shape), 0.01, 10));
    }
}
