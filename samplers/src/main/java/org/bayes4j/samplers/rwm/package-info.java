/**
 * Random-walk Metropolis, the gradient-free baseline: symmetric Gaussian
 * proposals accepted with probability $\min(1, \pi(q^*)/\pi(q))$, with the scale
 * and shape adapted by the same windowed warm-up as the Hamiltonian samplers.
 */
package org.bayes4j.samplers.rwm;
