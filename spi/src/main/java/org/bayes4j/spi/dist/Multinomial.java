package org.bayes4j.spi.dist;

import org.bayes4j.spi.model.DistributionSpec;

/**
 * Counts of {@code K} categories in {@code n} draws: with probabilities {@code p} on the simplex (family
 * {@code multinomial}) or with logits {@code eta}, {@code p = softmax(eta)} (family {@code multinomial_logit}).
 * With an availability mask {@code a} in {0,1}^K (family {@code multinomial_logit_masked}) the softmax runs over
 * the available categories only, {@code p_k = a_k exp(eta_k) / sum_j a_j exp(eta_j)}: unavailable categories have
 * probability 0 (structural zeros), and a positive count in one has log probability -infinity.
 */
public final class Multinomial {
    private Multinomial() {}
    public static DistributionSpec of(Object n, Object p) { return DistributionSpec.of("multinomial", n, p); }
    public static DistributionSpec logit(Object n, Object eta) { return DistributionSpec.of("multinomial_logit", n, eta); }
    public static DistributionSpec logitMasked(Object n, Object eta, Object available) {
        return DistributionSpec.of("multinomial_logit_masked", n, eta, available);
    }
}
