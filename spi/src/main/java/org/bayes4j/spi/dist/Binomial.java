package org.bayes4j.spi.dist;

import org.bayes4j.spi.model.DistributionSpec;

/**
 * Binomial counts out of {@code n} trials: with success probability {@code p}
 * (family {@code binomial}) or with log-odds {@code alpha = logit(p)} (family
 * {@code binomial_logit}, computed without forming {@code p}).
 */
public final class Binomial {
    private Binomial() {}
    public static DistributionSpec of(Object n, Object p) { return DistributionSpec.of("binomial", n, p); }
    public static DistributionSpec logit(Object n, Object logitP) { return DistributionSpec.of("binomial_logit", n, logitP); }
}
