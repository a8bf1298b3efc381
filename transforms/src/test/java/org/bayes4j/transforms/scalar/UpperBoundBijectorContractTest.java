package org.bayes4j.transforms.scalar;

import java.util.List;

import org.bayes4j.spi.bijector.BijectorProvider;
import org.bayes4j.spi.constraint.*;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.contract.BijectorContract;
import org.bayes4j.transforms.EventPoints;

/** The bijector laws for {@link UpperBoundProvider} onto {@code new UpperBounded(1.5)}. */
class UpperBoundBijectorContractTest extends BijectorContract {
    @Override protected BijectorProvider provider() { return new UpperBoundProvider(); }
    @Override protected Constraint constraint() { return new UpperBounded(1.5); }
    @Override protected List<int[]> shapes() { return List.of(new int[] {}, new int[] {4}, new int[] {2, 3}); }
    @Override protected double[] constrainedPoint(Gen gen, int[] shape) {
        return EventPoints.batch(gen, shape, 0, g -> new double[] {1.5 - g.logUniform(1e-3, 1e3)});
    }
}
