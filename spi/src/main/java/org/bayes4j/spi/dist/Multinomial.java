package org.bayes4j.spi.dist;

import org.bayes4j.spi.model.DistributionSpec;

/**
 * Counts of {@code K} categories in {@code n} draws: with probabilities {@code p} on the simplex (family
 * {@code multinomial}) or with logits {@code eta}, {@code p = softmax(eta)} (family {@code multinomial_logit}).
 */
public final class Multinomial {
    private Multinomial() {}
    public static DistributionSpec of(Object n, Object p) { return DistributionSpec.of("multinomial", n, p); }
    public static DistributionSpec logit(Object n, Object eta) { return DistributionSpec.of("multinomial_logit", n, eta); }
}
