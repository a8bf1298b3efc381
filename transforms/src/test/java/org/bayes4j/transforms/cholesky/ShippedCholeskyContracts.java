package org.bayes4j.transforms.cholesky;

import java.util.List;
import java.util.function.Supplier;

import org.bayes4j.testkit.contract.BijectorContract;

/** The contract tests of this package, for {@code ShippedBijectors}. */
public final class ShippedCholeskyContracts {
    private ShippedCholeskyContracts() {}
    public static final Supplier<List<BijectorContract>> ALL = () -> List.of(
            new CholeskyCorrelationContractTest(),
            new CholeskyCovarianceContractTest(),
            new CorrelationMatrixContractTest(),
            new CovarianceMatrixContractTest());
}
