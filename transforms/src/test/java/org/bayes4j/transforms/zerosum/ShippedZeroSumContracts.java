package org.bayes4j.transforms.zerosum;

import java.util.List;
import java.util.function.Supplier;

import org.bayes4j.testkit.contract.BijectorContract;

/** The contract tests of this package, for {@code ShippedBijectors}. */
public final class ShippedZeroSumContracts {
    private ShippedZeroSumContracts() {}
    public static final Supplier<List<BijectorContract>> ALL = () -> List.of(
            new ZeroSumLastAxisContractTest(),
            new ZeroSumTwoAxesContractTest(),
            new ZeroSumInnerAxisContractTest());
}
