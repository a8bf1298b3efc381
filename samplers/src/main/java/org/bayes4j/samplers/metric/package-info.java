/**
 * Euclidean metrics for Hamiltonian Monte Carlo. The momentum distribution
 * $N(0, M)$ defines the kinetic energy $K(p)=\tfrac12 p^\top M^{-1}p$; choosing
 * $M^{-1}$ close to the posterior covariance makes the Hamiltonian flow move at
 * the same speed in every direction, so a single step size suits all of them.
 * Unit, diagonal and dense variants, as Stan's {@code unit_e}, {@code diag_e}
 * and {@code dense_e} (Betancourt 2017, Sec. 4.2).
 */
package org.bayes4j.samplers.metric;
