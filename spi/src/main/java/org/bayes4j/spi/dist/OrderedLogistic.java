package org.bayes4j.spi.dist;

import org.bayes4j.spi.model.DistributionSpec;

/**
 * Ordinal outcome 0..K-1 (0-based, unlike Stan's 1-based) of a latent logistic with location {@code eta} cut at
 * K-1 increasing {@code cutpoints}: family {@code ordered_logistic}.
 */
public final class OrderedLogistic {
    private OrderedLogistic() {}
    public static DistributionSpec of(Object eta, Object cutpoints) { return DistributionSpec.of("ordered_logistic", eta, cutpoints); }
}
