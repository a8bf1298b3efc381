package org.bayes4j.spi.dist;

import org.bayes4j.spi.model.DistributionSpec;

/** Failures before the first success with success probability {@code p}: family {@code geometric}. */
public final class Geometric {
    private Geometric() {}
    public static DistributionSpec of(Object p) { return DistributionSpec.of("geometric", p); }
}
