package org.bayes4j.distributions.combinators;

/**
 * {@code zero_inflated_binomial(psi, ...)}: the {@code binomial} family with probability
 * $\psi$, else a structural zero; see {@link ZeroInflatedFamily} for the density, the partials and
 * the $\psi$ convention (PyMC's; Stan's and brms's $\theta$ is $1 - \psi$).
 */
public final class ZeroInflatedBinomialFamily extends ZeroInflatedFamily {
    public ZeroInflatedBinomialFamily() { super("zero_inflated_binomial", new org.bayes4j.distributions.discrete.BinomialFamily()); }
}
