package org.bayes4j.spi.dist;

import org.bayes4j.spi.model.DistributionSpec;

/**
 * Ordinal outcome 0..K-1 (0-based, unlike Stan's 1-based) of a latent normal(eta, 1) cut at K-1 increasing
 * {@code cutpoints}: family {@code ordered_probit}.
 */
public final class OrderedProbit {
    private OrderedProbit() {}
    public static DistributionSpec of(Object eta, Object cutpoints) { return DistributionSpec.of("ordered_probit", eta, cutpoints); }
}
