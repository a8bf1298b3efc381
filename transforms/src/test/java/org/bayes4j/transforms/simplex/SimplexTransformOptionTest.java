package org.bayes4j.transforms.simplex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bayes4j.spi.bijector.BijectorRegistry;
import org.bayes4j.spi.constraint.Simplex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Exactly one simplex provider is active, and the system property switches which. */
class SimplexTransformOptionTest {
    private String previous;

    @BeforeEach void remember() { previous = System.getProperty(SimplexTransformOption.PROPERTY); }

    @AfterEach void restore() {
        if (previous == null) System.clearProperty(SimplexTransformOption.PROPERTY);
        else System.setProperty(SimplexTransformOption.PROPERTY, previous);
    }

    @Test void stickBreakingIsTheDefault() {
        System.clearProperty(SimplexTransformOption.PROPERTY);
        assertEquals("stick_breaking", BijectorRegistry.installed().providerFor(Simplex.INSTANCE).name());
        assertInstanceOf(StickBreakingSimplex.class, BijectorRegistry.installed().create(Simplex.INSTANCE, new int[] {3}));
    }

    @Test void ilrIsSelectedByTheProperty() {
        System.setProperty(SimplexTransformOption.PROPERTY, "ILR");
        assertEquals("ilr", BijectorRegistry.installed().providerFor(Simplex.INSTANCE).name());
        assertInstanceOf(IsometricLogRatioSimplex.class, BijectorRegistry.installed().create(Simplex.INSTANCE, new int[] {2, 3}));
    }

    @Test void unknownValueIsRejectedNamingTheProperty() {
        System.setProperty(SimplexTransformOption.PROPERTY, "softmax");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new StickBreakingSimplexProvider().handles(Simplex.INSTANCE));
        assertTrue(e.getMessage().contains("bayes4j.simplex") && e.getMessage().contains("softmax"), e.getMessage());
    }
}
