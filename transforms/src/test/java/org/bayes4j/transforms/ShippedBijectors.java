package org.bayes4j.transforms;

import java.util.List;

import org.bayes4j.testkit.contract.BijectorContract;
import org.bayes4j.transforms.cholesky.ShippedCholeskyContracts;
import org.bayes4j.transforms.ordered.ShippedOrderedContracts;
import org.bayes4j.transforms.scalar.ShippedScalarContracts;
import org.bayes4j.transforms.simplex.ShippedSimplexContracts;
import org.bayes4j.transforms.zerosum.ShippedZeroSumContracts;

/**
 * The registry of shipped bijectors: every contract-test subclass of this
 * module, one or more per provider. {@link ShippedBijectorsTest} checks that
 * each installed provider appears here, so a new bijector is one provider, one
 * services line, one contract subclass and one line in its package's list.
 */
final class ShippedBijectors {
    private ShippedBijectors() {}

    static List<BijectorContract> contracts() {
        return List.of(ShippedScalarContracts.ALL, ShippedOrderedContracts.ALL, ShippedSimplexContracts.ALL,
                        ShippedZeroSumContracts.ALL, ShippedCholeskyContracts.ALL)
                .stream().flatMap(l -> l.get().stream()).toList();
    }
}
