package org.bayes4j.distributions.combinators;

/**
 * {@code hurdle_neg_binomial(psi, ...)}: zero with probability $1 - \psi$, else a positive value from the
 * {@code neg_binomial_2} family truncated at zero; see {@link HurdleFamily} for the density,
 * the partials and the $\psi$ convention (PyMC's; brms's {@code hu} is $1 - \psi$).
 */
public final class HurdleNegBinomialFamily extends HurdleFamily {
    public HurdleNegBinomialFamily() { super("hurdle_neg_binomial", new org.bayes4j.distributions.discrete.NegativeBinomial2Family(), true); }
}
