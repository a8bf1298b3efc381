package org.bayes4j.transforms.scalar;

import java.util.List;
import java.util.function.Supplier;

import org.bayes4j.testkit.contract.BijectorContract;

/** The contract tests of this package, for {@code ShippedBijectors}. */
public final class ShippedScalarContracts {
    private ShippedScalarContracts() {}
    public static final Supplier<List<BijectorContract>> ALL = () -> List.of(
            new IdentityBijectorContractTest(),
            new PositiveLogBijectorContractTest(),
            new NonNegativeLogBijectorContractTest(),
            new LowerBoundBijectorContractTest(),
            new UpperBoundBijectorContractTest(),
            new IntervalBijectorContractTest(),
            new UnitIntervalLogitBijectorContractTest(),
            new ProbabilityLogitBijectorContractTest());
}
