/**
 * Hamiltonian Monte Carlo basics shared by the Hamiltonian samplers: the chain
 * state (position, log density, gradient), what warm-up tunes (step size and
 * metric), the heuristic initial step size, and static HMC, the fixed-length
 * Metropolis-corrected ancestor of NUTS (Neal 2011, "MCMC using Hamiltonian
 * dynamics").
 */
package org.bayes4j.samplers.hmc;
