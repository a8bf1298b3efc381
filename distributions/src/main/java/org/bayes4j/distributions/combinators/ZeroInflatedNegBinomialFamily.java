package org.bayes4j.distributions.combinators;

/**
 * {@code zero_inflated_neg_binomial(psi, ...)}: the {@code neg_binomial_2} family with probability
 * $\psi$, else a structural zero; see {@link ZeroInflatedFamily} for the density, the partials and
 * the $\psi$ convention (PyMC's; Stan's and brms's $\theta$ is $1 - \psi$).
 */
public final class ZeroInflatedNegBinomialFamily extends ZeroInflatedFamily {
    public ZeroInflatedNegBinomialFamily() { super("zero_inflated_neg_binomial", new org.bayes4j.distributions.discrete.NegativeBinomial2Family()); }
}
