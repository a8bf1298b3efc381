package org.bayes4j.spi.dist;

import org.bayes4j.spi.model.DistributionSpec;

/** Exponential with rate {@code lambda} (mean {@code 1/lambda}): family {@code exponential}. */
public final class Exponential {
    private Exponential() {}
    public static DistributionSpec of(Object rate) { return DistributionSpec.of("exponential", rate); }
}
