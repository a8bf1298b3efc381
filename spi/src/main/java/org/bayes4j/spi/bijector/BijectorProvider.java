package org.bayes4j.spi.bijector;

import org.bayes4j.spi.constraint.Constraint;

/**
 * A {@code ServiceLoader} service that makes bijectors onto the constraints it
 * {@linkplain #handles handles}.
 *
 * <p><b>Laws.</b> For exactly the constraints where {@code handles(c)} is true,
 * {@code create(c, shape)} returns a bijector onto {@code c} for that shape.
 * Exactly one installed provider handles each constraint (else the registry
 * reports the ambiguity).
 */
public interface BijectorProvider {

    /** Stable name: {@code log}, {@code stick_breaking}, {@code zero_sum}, ... */
    String name();

    /** One line for listings and the site. */
    String description();

    /** The constraint kinds it maps onto, for listings (e.g. {@code "positive"}). */
    String supportDescription();

    boolean handles(Constraint constraint);

    /** A new instance (owning its scratch space) for values of the given shape. */
    Bijector create(Constraint constraint, int[] shape);
}
