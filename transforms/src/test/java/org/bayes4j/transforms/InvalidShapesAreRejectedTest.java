package org.bayes4j.transforms;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.bayes4j.spi.bijector.BijectorRegistry;
import org.bayes4j.spi.constraint.CholeskyCorrelation;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.CholeskyCovariance;
import org.bayes4j.spi.constraint.Correlation;
import org.bayes4j.spi.constraint.Ordered;
import org.bayes4j.spi.constraint.PositiveDefinite;
import org.bayes4j.spi.constraint.Simplex;
import org.bayes4j.spi.constraint.ZeroSum;
import org.junit.jupiter.api.Test;

/** Shapes that cannot carry a constraint's events fail at creation, naming the constraint and the shape. */
class InvalidShapesAreRejectedTest {

    @Test void nonSquareMatricesAreRejected() {
        for (Constraint c : List.of(CholeskyCorrelation.INSTANCE, CholeskyCovariance.INSTANCE, Correlation.INSTANCE, PositiveDefinite.INSTANCE)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> BijectorRegistry.installed().create(c, new int[] {2, 3, 4}), c.name());
            assertTrue(e.getMessage().contains(c.name()) && e.getMessage().contains("[2, 3, 4]"), e.getMessage());
        }
    }

    @Test void eventsOfTooLowRankAreRejected() {
        for (Constraint c : List.of(Simplex.INSTANCE, Ordered.INSTANCE, ZeroSum.lastAxes(2), CholeskyCovariance.INSTANCE)) {
            assertThrows(IllegalArgumentException.class, () -> BijectorRegistry.installed().create(c, new int[] {}), c.name());
        }
    }

    @Test void anEmptySimplexIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BijectorRegistry.installed().create(Simplex.INSTANCE, new int[] {3, 0}));
        assertTrue(e.getMessage().contains("simplex"), e.getMessage());
    }
}
