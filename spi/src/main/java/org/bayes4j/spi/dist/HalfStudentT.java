package org.bayes4j.spi.dist;

import org.bayes4j.spi.model.DistributionSpec;

/** Half Student-t on {@code (0, inf)} with {@code nu} degrees of freedom and scale {@code sigma}: family {@code half_student_t}. */
public final class HalfStudentT {
    private HalfStudentT() {}
    public static DistributionSpec of(Object nu, Object sigma) { return DistributionSpec.of("half_student_t", nu, sigma); }
}
