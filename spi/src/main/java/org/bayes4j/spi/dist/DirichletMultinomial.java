package org.bayes4j.spi.dist;

import org.bayes4j.spi.model.DistributionSpec;

/** Multinomial counts in {@code n} draws with Dirichlet({@code alpha}) probabilities integrated out: family {@code dirichlet_multinomial}. */
public final class DirichletMultinomial {
    private DirichletMultinomial() {}
    public static DistributionSpec of(Object n, Object alpha) { return DistributionSpec.of("dirichlet_multinomial", n, alpha); }
}
