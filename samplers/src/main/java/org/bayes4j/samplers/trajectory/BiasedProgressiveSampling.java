package org.bayes4j.samplers.trajectory;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Biased progressive sampling between the existing trajectory (weight
 * $W_\mathrm{old}$) and the freshly built subtree of the same size (weight
 * $W_\mathrm{new}$): the sample moves to the new subtree's representative with
 * probability $\min(1, W_\mathrm{new}/W_\mathrm{old})$. Compared with the
 * multinomial $W_\mathrm{new}/(W_\mathrm{old}+W_\mathrm{new})$ it favours states
 * far from the start, raising the expected jump while still leaving the target
 * invariant (the transition is a valid sequence of Metropolis-like moves in the
 * extended space).
 *
 * <p>Reference: Betancourt 2017, App. A.3.2; Hoffman &amp; Gelman 2014, Alg. 3
 * (the slice-sampling analogue); Stan {@code base_nuts::transition}.
 */
public final class BiasedProgressiveSampling {

    private BiasedProgressiveSampling() {}

    /**
     * @param logWeightNew $\log W_\mathrm{new}$
     * @param logWeightOld $\log W_\mathrm{old}$ (before the merge)
     * @return whether the new subtree's representative becomes the sample
     */
    public static boolean takeNew(UniformRandomProvider rng, double logWeightNew, double logWeightOld) {
        if (logWeightNew > logWeightOld) return true;
        return rng.nextDouble() < Math.exp(logWeightNew - logWeightOld);
    }
}
