package org.bayes4j.transforms.scalar;

import java.util.List;

import org.bayes4j.spi.bijector.BijectorProvider;
import org.bayes4j.spi.constraint.*;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.contract.BijectorContract;
import org.bayes4j.transforms.EventPoints;

/** The bijector laws for {@link IdentityProvider} onto {@code Real.INSTANCE}. */
class IdentityBijectorContractTest extends BijectorContract {
    @Override protected BijectorProvider provider() { return new IdentityProvider(); }
    @Override protected Constraint constraint() { return Real.INSTANCE; }
    @Override protected List<int[]> shapes() { return List.of(new int[] {}, new int[] {4}, new int[] {2, 3}); }
    @Override protected boolean isIdentity() { return true; }
}
