package org.bayes4j.spi.dist;

import org.bayes4j.spi.model.DistributionSpec;

/**
 * One category in {@code 0..K-1} per event: with probabilities {@code p} on the simplex (family
 * {@code categorical}) or with logits {@code eta}, {@code p = softmax(eta)} (family {@code categorical_logit}).
 */
public final class Categorical {
    private Categorical() {}
    public static DistributionSpec of(Object p) { return DistributionSpec.of("categorical", p); }
    public static DistributionSpec logit(Object eta) { return DistributionSpec.of("categorical_logit", eta); }
}
