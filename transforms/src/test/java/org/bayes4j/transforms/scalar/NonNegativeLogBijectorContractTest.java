package org.bayes4j.transforms.scalar;

import java.util.List;

import org.bayes4j.spi.bijector.BijectorProvider;
import org.bayes4j.spi.constraint.*;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.contract.BijectorContract;
import org.bayes4j.transforms.EventPoints;

/** The bijector laws for {@link LogProvider} onto {@code NonNegative.INSTANCE}. */
class NonNegativeLogBijectorContractTest extends BijectorContract {
    @Override protected BijectorProvider provider() { return new LogProvider(); }
    @Override protected Constraint constraint() { return NonNegative.INSTANCE; }
    @Override protected List<int[]> shapes() { return List.of(new int[] {}, new int[] {4}, new int[] {2, 3}); }

}
