package org.bayes4j.samplers.trajectory;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * How the sample moves between the existing trajectory and a new subtree. The
 * default is {@link BiasedProgressiveSampling#takeNew}; pluggable so that tests
 * can show an incorrect rule is caught by the invariance checks.
 */
@FunctionalInterface
public interface SubtreeSelection {

    /** Whether the new subtree's representative (log weight {@code logWeightNew}) replaces the sample. */
    boolean takeNew(UniformRandomProvider rng, double logWeightNew, double logWeightOld);

    /** Stan's rule, $\min(1, W_\mathrm{new}/W_\mathrm{old})$. */
    SubtreeSelection BIASED_PROGRESSIVE = BiasedProgressiveSampling::takeNew;
}
