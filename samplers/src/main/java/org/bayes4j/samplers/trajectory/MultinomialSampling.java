package org.bayes4j.samplers.trajectory;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Multinomial sampling of a state inside a subtree. Each state $z_n$ of the
 * trajectory has weight $w_n = e^{-H(z_n)}$ (stored as $\log w_n = H_0 - H(z_n)$,
 * offset by the initial energy so the numbers stay near 0). When two sibling
 * subtrees of equal size merge, the merged subtree's representative is the
 * right one's with probability $W_R / (W_L + W_R)$, which by induction selects
 * each state of the subtree with probability $w_n / \sum w$: an exact
 * multinomial draw from the subtree, made progressively. Weights are combined in
 * log space (log-sum-exp) to avoid overflow.
 *
 * <p>Reference: Betancourt 2017, App. A.3.1 ("uniform/multinomial progressive
 * sampling"); Stan {@code base_nuts::build_tree}.
 */
public final class MultinomialSampling {

    private MultinomialSampling() {}

    /** $\log(e^a + e^b)$, exact for infinite arguments. */
    public static double logSumExp(double a, double b) {
        if (a == Double.NEGATIVE_INFINITY) return b;
        if (b == Double.NEGATIVE_INFINITY) return a;
        return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
    }

    /**
     * Whether to take the right sibling's representative, with probability
     * $W_R / W_{L+R}$ (uniform variate only drawn when the probability is below one,
     * as Stan does).
     *
     * @param logWeightRight  $\log W_R$
     * @param logWeightMerged $\log(W_L + W_R)$
     */
    public static boolean takeRight(UniformRandomProvider rng, double logWeightRight, double logWeightMerged) {
        if (logWeightRight > logWeightMerged) return true;
        return rng.nextDouble() < Math.exp(logWeightRight - logWeightMerged);
    }
}
