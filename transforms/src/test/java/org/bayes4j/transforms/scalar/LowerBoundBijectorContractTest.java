package org.bayes4j.transforms.scalar;

import java.util.List;

import org.bayes4j.spi.bijector.BijectorProvider;
import org.bayes4j.spi.constraint.*;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.contract.BijectorContract;
import org.bayes4j.transforms.EventPoints;

/** The bijector laws for {@link LowerBoundProvider} onto {@code new LowerBounded(-2.5)}. */
class LowerBoundBijectorContractTest extends BijectorContract {
    @Override protected BijectorProvider provider() { return new LowerBoundProvider(); }
    @Override protected Constraint constraint() { return new LowerBounded(-2.5); }
    @Override protected List<int[]> shapes() { return List.of(new int[] {}, new int[] {4}, new int[] {2, 3}); }
    // |lower| stays small: y - lower cancels, losing |lower| / e^x of relative precision in x
    @Override protected double[] constrainedPoint(Gen gen, int[] shape) {
        return EventPoints.batch(gen, shape, 0, g -> new double[] {-2.5 + g.logUniform(1e-3, 1e3)});
    }
}
