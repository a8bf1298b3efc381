package org.bayes4j.spi.dist;

import org.bayes4j.spi.model.DistributionSpec;

/** Logistic with location {@code mu} and scale {@code s}: family {@code logistic}. */
public final class Logistic {
    private Logistic() {}
    public static DistributionSpec of(Object mu, Object s) { return DistributionSpec.of("logistic", mu, s); }
}
