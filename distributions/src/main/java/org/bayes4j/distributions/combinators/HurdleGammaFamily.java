package org.bayes4j.distributions.combinators;

/**
 * {@code hurdle_gamma(psi, ...)}: zero with probability $1 - \psi$, else a positive value from the
 * {@code gamma} family (a mixed discrete-continuous measure); see {@link HurdleFamily} for the density,
 * the partials and the $\psi$ convention (PyMC's; brms's {@code hu} is $1 - \psi$).
 */
public final class HurdleGammaFamily extends HurdleFamily {
    public HurdleGammaFamily() { super("hurdle_gamma", new org.bayes4j.distributions.continuous.GammaFamily(), false); }
}
