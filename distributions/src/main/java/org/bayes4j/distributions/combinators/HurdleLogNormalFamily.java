package org.bayes4j.distributions.combinators;

/**
 * {@code hurdle_lognormal(psi, ...)}: zero with probability $1 - \psi$, else a positive value from the
 * {@code lognormal} family (a mixed discrete-continuous measure); see {@link HurdleFamily} for the density,
 * the partials and the $\psi$ convention (PyMC's; brms's {@code hu} is $1 - \psi$).
 */
public final class HurdleLogNormalFamily extends HurdleFamily {
    public HurdleLogNormalFamily() { super("hurdle_lognormal", new org.bayes4j.distributions.continuous.LogNormalFamily(), false); }
}
