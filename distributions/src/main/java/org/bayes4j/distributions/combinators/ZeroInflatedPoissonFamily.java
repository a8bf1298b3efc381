package org.bayes4j.distributions.combinators;

/**
 * {@code zero_inflated_poisson(psi, ...)}: the {@code poisson} family with probability
 * $\psi$, else a structural zero; see {@link ZeroInflatedFamily} for the density, the partials and
 * the $\psi$ convention (PyMC's; Stan's and brms's $\theta$ is $1 - \psi$).
 */
public final class ZeroInflatedPoissonFamily extends ZeroInflatedFamily {
    public ZeroInflatedPoissonFamily() { super("zero_inflated_poisson", new org.bayes4j.distributions.discrete.PoissonFamily()); }
}
