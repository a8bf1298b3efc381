package org.bayes4j.transforms.zerosum;

import java.util.List;

import org.bayes4j.spi.bijector.BijectorProvider;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.ZeroSum;
import org.bayes4j.testkit.contract.BijectorContract;

/** The bijector laws for the zero-sum isometry over the second-to-last axis only (the last axis is free inside the event): checked as an isometric embedding (J^T J = I, log|det J| = 0). */
class ZeroSumInnerAxisContractTest extends BijectorContract {
    @Override protected BijectorProvider provider() { return new ZeroSumProvider(); }
    @Override protected Constraint constraint() { return new ZeroSum(List.of(-2)); }
    @Override protected List<int[]> shapes() { return List.of(new int[] {3, 4}, new int[] {2, 4, 3}); }
    @Override protected boolean isIsometricEmbedding() { return true; }
}
