package org.bayes4j.transforms.scalar;

import java.util.List;

import org.bayes4j.spi.bijector.BijectorProvider;
import org.bayes4j.spi.constraint.*;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.contract.BijectorContract;
import org.bayes4j.transforms.EventPoints;

/** The bijector laws for {@link LogitProvider} onto {@code UnitInterval.INSTANCE}. */
class UnitIntervalLogitBijectorContractTest extends BijectorContract {
    @Override protected BijectorProvider provider() { return new LogitProvider(); }
    @Override protected Constraint constraint() { return UnitInterval.INSTANCE; }
    @Override protected List<int[]> shapes() { return List.of(new int[] {}, new int[] {4}, new int[] {2, 3}); }
    @Override protected double[] constrainedPoint(Gen gen, int[] shape) {
        return EventPoints.batch(gen, shape, 0, g -> new double[] {g.real(1e-6, 1 - 1e-6)});
    }
}
