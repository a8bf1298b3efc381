/**
 * Simulation from a compiled model: ancestral sampling of the prior predictive
 * (each free variable drawn from its prior given its already-drawn parents, in
 * declaration order, which is a topological order because a variable can only
 * be used after it is declared), deterministics computed forward, and the
 * observed variables drawn from their likelihoods; and posterior predictive
 * draws of the observed variables at a given parameter point. Both use the
 * families' {@code sample} methods (Rubin 1984; Gelman et al., BDA3, section 6.3).
 */
package org.bayes4j.autodiff.predictive;
