package org.bayes4j.transforms.ordered;

import java.util.List;
import java.util.function.Supplier;

import org.bayes4j.testkit.contract.BijectorContract;

/** The contract tests of this package, for {@code ShippedBijectors}. */
public final class ShippedOrderedContracts {
    private ShippedOrderedContracts() {}
    public static final Supplier<List<BijectorContract>> ALL = () -> List.of(
            new OrderedBijectorContractTest(),
            new PositiveOrderedBijectorContractTest());
}
