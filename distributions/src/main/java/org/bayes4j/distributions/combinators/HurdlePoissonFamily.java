package org.bayes4j.distributions.combinators;

/**
 * {@code hurdle_poisson(psi, ...)}: zero with probability $1 - \psi$, else a positive value from the
 * {@code poisson} family truncated at zero; see {@link HurdleFamily} for the density,
 * the partials and the $\psi$ convention (PyMC's; brms's {@code hu} is $1 - \psi$).
 */
public final class HurdlePoissonFamily extends HurdleFamily {
    public HurdlePoissonFamily() { super("hurdle_poisson", new org.bayes4j.distributions.discrete.PoissonFamily(), true); }
}
