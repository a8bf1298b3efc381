package org.bayes4j.transforms.zerosum;

import java.util.List;

import org.bayes4j.spi.bijector.BijectorProvider;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.ZeroSum;
import org.bayes4j.testkit.contract.BijectorContract;

/** The bijector laws for the zero-sum isometry over the last two axes at once, with a batch axis: checked as an isometric embedding (J^T J = I, log|det J| = 0). */
class ZeroSumTwoAxesContractTest extends BijectorContract {
    @Override protected BijectorProvider provider() { return new ZeroSumProvider(); }
    @Override protected Constraint constraint() { return new ZeroSum(List.of(-1, -2)); }
    @Override protected List<int[]> shapes() { return List.of(new int[] {3, 4}, new int[] {2, 3, 4}, new int[] {2, 2}); }
    @Override protected boolean isIsometricEmbedding() { return true; }
}
