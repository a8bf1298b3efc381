package org.bayes4j.spi.dist;

import org.bayes4j.spi.model.DistributionSpec;

/** Dirichlet on the simplex with concentrations {@code alpha}: family {@code dirichlet}. */
public final class Dirichlet {
    private Dirichlet() {}
    public static DistributionSpec of(Object alpha) { return DistributionSpec.of("dirichlet", alpha); }
}
