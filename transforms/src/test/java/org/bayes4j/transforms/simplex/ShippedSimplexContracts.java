package org.bayes4j.transforms.simplex;

import java.util.List;
import java.util.function.Supplier;

import org.bayes4j.testkit.contract.BijectorContract;

/** The contract tests of this package, for {@code ShippedBijectors}. */
public final class ShippedSimplexContracts {
    private ShippedSimplexContracts() {}
    public static final Supplier<List<BijectorContract>> ALL = () -> List.of(
            new StickBreakingSimplexContractTest(),
            new IsometricLogRatioSimplexContractTest());
}
