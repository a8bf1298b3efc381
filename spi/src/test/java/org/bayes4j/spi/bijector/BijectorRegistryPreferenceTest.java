package org.bayes4j.spi.bijector;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.Positive;
import org.bayes4j.spi.constraint.Real;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Two providers for one constraint are ambiguous, unless {@code bayes4j.bijectors.prefer} names one of them. */
class BijectorRegistryPreferenceTest {

    private static BijectorProvider named(String name) {
        return new BijectorProvider() {
            @Override public String name() { return name; }
            @Override public String description() { return name; }
            @Override public String supportDescription() { return "positive"; }
            @Override public boolean handles(Constraint c) { return c instanceof Positive; }
            @Override public Bijector create(Constraint c, int[] shape) { throw new UnsupportedOperationException(); }
        };
    }

    private final BijectorProvider standard = named("log");
    private final BijectorProvider alternative = named("softplus");
    private final BijectorRegistry registry = BijectorRegistry.of(List.of(standard, alternative));

    @AfterEach
    void clearProperty() { System.clearProperty(BijectorRegistry.PREFER_PROPERTY); }

    @Test
    void ambiguityFailsWithoutAPreference() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> registry.providerFor(Positive.INSTANCE));
        assertTrue(e.getMessage().contains("several Bijectors for positive"), e.getMessage());
    }

    @Test
    void thePreferredProviderWins() {
        System.setProperty(BijectorRegistry.PREFER_PROPERTY, "other, softplus");
        assertSame(alternative, registry.providerFor(Positive.INSTANCE));
        System.setProperty(BijectorRegistry.PREFER_PROPERTY, "log");
        assertSame(standard, registry.providerFor(Positive.INSTANCE));
    }

    @Test
    void aPreferenceNeverInventsAProvider() {
        System.setProperty(BijectorRegistry.PREFER_PROPERTY, "softplus");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> registry.providerFor(Real.INSTANCE));
        assertTrue(e.getMessage().contains("no Bijector for real"), e.getMessage());
    }
}
