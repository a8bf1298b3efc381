package org.bayes4j.spi.dist;

import org.bayes4j.spi.model.DistributionSpec;

/**
 * Negative binomial counts with mean {@code mu} and concentration {@code phi} (variance
 * {@code mu + mu^2 / phi}): family {@code neg_binomial_2}, Stan's mean parameterisation.
 */
public final class NegativeBinomial {
    private NegativeBinomial() {}
    public static DistributionSpec of(Object mu, Object phi) { return DistributionSpec.of("neg_binomial_2", mu, phi); }
}
