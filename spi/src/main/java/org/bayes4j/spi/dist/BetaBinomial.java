package org.bayes4j.spi.dist;

import org.bayes4j.spi.model.DistributionSpec;

/** Successes in {@code n} trials with a Beta({@code alpha}, {@code beta}) success probability: family {@code beta_binomial}. */
public final class BetaBinomial {
    private BetaBinomial() {}
    public static DistributionSpec of(Object n, Object alpha, Object beta) { return DistributionSpec.of("beta_binomial", n, alpha, beta); }
}
