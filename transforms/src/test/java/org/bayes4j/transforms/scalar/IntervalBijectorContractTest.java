package org.bayes4j.transforms.scalar;

import java.util.List;

import org.bayes4j.spi.bijector.BijectorProvider;
import org.bayes4j.spi.constraint.*;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.contract.BijectorContract;
import org.bayes4j.transforms.EventPoints;

/** The bijector laws for {@link IntervalProvider} onto {@code new Interval(-1.0, 3.0)}. */
class IntervalBijectorContractTest extends BijectorContract {
    @Override protected BijectorProvider provider() { return new IntervalProvider(); }
    @Override protected Constraint constraint() { return new Interval(-1.0, 3.0); }
    @Override protected List<int[]> shapes() { return List.of(new int[] {}, new int[] {4}, new int[] {2, 3}); }
    @Override protected double unconstrainedScale() { return 3; }
    @Override protected double[] constrainedPoint(Gen gen, int[] shape) {
        return EventPoints.batch(gen, shape, 0, g -> new double[] {g.real(-0.999, 2.999)});
    }
}
