package org.bayes4j.spi.dist;

import org.bayes4j.spi.model.DistributionSpec;

/**
 * Hurdle models: zero with probability $1 - \psi$, otherwise a positive value from the base family
 * (truncated at zero for counts; for the positive continuous bases a mixed measure, a point mass
 * $1-\psi$ at zero plus $\psi$ times the base density). {@code psi} is the probability of a
 * non-zero value (PyMC's convention; brms's {@code hu} is $1 - \psi$). Families
 * {@code hurdle_poisson}, {@code hurdle_neg_binomial} (base {@code neg_binomial_2}),
 * {@code hurdle_gamma} (shape, rate), {@code hurdle_lognormal}.
 */
public final class Hurdle {
    private Hurdle() {}
    public static DistributionSpec poisson(Object psi, Object rate) { return DistributionSpec.of("hurdle_poisson", psi, rate); }
    public static DistributionSpec negBinomial(Object psi, Object mu, Object phi) { return DistributionSpec.of("hurdle_neg_binomial", psi, mu, phi); }
    public static DistributionSpec gamma(Object psi, Object alpha, Object beta) { return DistributionSpec.of("hurdle_gamma", psi, alpha, beta); }
    public static DistributionSpec logNormal(Object psi, Object mu, Object sigma) { return DistributionSpec.of("hurdle_lognormal", psi, mu, sigma); }
}
