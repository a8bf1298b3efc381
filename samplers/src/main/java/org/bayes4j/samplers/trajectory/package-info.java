/**
 * The No-U-Turn trajectory, assembled from named parts.
 *
 * <ol>
 *   <li>{@link org.bayes4j.samplers.trajectory.TrajectoryBuilder}: repeated doubling in a random
 *       direction; a subtree of depth k is two subtrees of depth k-1 (Hoffman &amp; Gelman 2014).</li>
 *   <li>{@link org.bayes4j.samplers.trajectory.MultinomialSampling}: inside a subtree, each state
 *       is selected with probability proportional to $e^{-H}$ (Betancourt 2017, A.3.1).</li>
 *   <li>{@link org.bayes4j.samplers.trajectory.BiasedProgressiveSampling}: between the old
 *       trajectory and a new subtree, move with probability $\min(1, W_{new}/W_{old})$ (A.3.2).</li>
 *   <li>{@link org.bayes4j.samplers.trajectory.GeneralisedUTurn}: stop when
 *       $p^\sharp_\pm\cdot\rho \le 0$ at any node, including across merged subtrees (A.4.2).</li>
 *   <li>A state whose energy error exceeds 1000 is a divergence and ends the trajectory.</li>
 * </ol>
 * Together these make the transition reversible with respect to the joint
 * distribution of position and momentum, so the marginal target is invariant.
 */
package org.bayes4j.samplers.trajectory;
