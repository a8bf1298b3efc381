package org.bayes4j.spi.dist;

import org.bayes4j.spi.model.DistributionSpec;

/** Student's t with {@code nu} degrees of freedom, location {@code mu}, scale {@code sigma}: family {@code student_t}. */
public final class StudentT {
    private StudentT() {}
    public static DistributionSpec of(Object nu, Object mu, Object sigma) { return DistributionSpec.of("student_t", nu, mu, sigma); }
}
