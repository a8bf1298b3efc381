package org.bayes4j.spi.dist;

import org.bayes4j.spi.model.DistributionSpec;

/**
 * Zero-inflated counts: with probability {@code psi} a draw from the base count family, otherwise a
 * structural zero, so $p(0) = (1-\psi) + \psi p_0(0)$ and $p(y) = \psi p_0(y)$ for $y > 0$.
 * {@code psi} is the probability of the base component (PyMC's convention); Stan's User's Guide
 * and brms's {@code zi} use $1 - \psi$. Families {@code zero_inflated_poisson},
 * {@code zero_inflated_binomial}, {@code zero_inflated_neg_binomial} (base {@code neg_binomial_2}).
 */
public final class ZeroInflated {
    private ZeroInflated() {}
    public static DistributionSpec poisson(Object psi, Object rate) { return DistributionSpec.of("zero_inflated_poisson", psi, rate); }
    public static DistributionSpec binomial(Object psi, Object n, Object p) { return DistributionSpec.of("zero_inflated_binomial", psi, n, p); }
    public static DistributionSpec negBinomial(Object psi, Object mu, Object phi) {
        return DistributionSpec.of("zero_inflated_neg_binomial", psi, mu, phi);
    }
}
