/**
 * Numerical integration of Hamiltonian dynamics. The leapfrog scheme alternates
 * half kicks of momentum by the gradient with a full drift of position by the
 * velocity $M^{-1}p$; it is symplectic and reversible, so the energy error stays
 * bounded ($O(\epsilon^2)$) rather than drifting, and the exact Jacobian of the
 * map is one. Phase points are chain-owned mutable buffers.
 */
package org.bayes4j.samplers.integrator;
