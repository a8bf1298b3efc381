package org.bayes4j.spi.dist;

import org.bayes4j.spi.model.DistributionSpec;

/**
 * Bernoulli outcomes in {0, 1}: with probability {@code p} (family
 * {@code bernoulli}) or log-odds (family {@code bernoulli_logit}).
 */
public final class Bernoulli {
    private Bernoulli() {}
    public static DistributionSpec of(Object p) { return DistributionSpec.of("bernoulli", p); }
    public static DistributionSpec logit(Object logitP) { return DistributionSpec.of("bernoulli_logit", logitP); }
}
