package org.bayes4j.spi.bijector;

import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

import org.bayes4j.spi.constraint.Constraint;

/**
 * The constraint-to-bijector registry: finds, through {@link ServiceLoader},
 * the one {@link BijectorProvider} that handles a constraint. A lookup that
 * finds none or several fails at once, naming what was asked and what exists.
 */
public final class BijectorRegistry {

    private final List<BijectorProvider> providers;

    private BijectorRegistry(List<BijectorProvider> providers) {
        this.providers = List.copyOf(providers);
    }

    /** The providers installed on the class path or module path. */
    public static BijectorRegistry installed() {
        return of(ServiceLoader.load(BijectorProvider.class).stream().map(ServiceLoader.Provider::get).collect(Collectors.toList()));
    }

    /** A registry over the given providers (tests, custom setups). */
    public static BijectorRegistry of(List<BijectorProvider> providers) {
        return new BijectorRegistry(providers);
    }

    public List<BijectorProvider> providers() { return providers; }

    /** The unique provider handling {@code constraint}. */
    public BijectorProvider providerFor(Constraint constraint) {
        List<BijectorProvider> matches = providers.stream().filter(p -> p.handles(constraint)).collect(Collectors.toList());
        if (matches.size() == 1) return matches.get(0);
        String known = providers.stream().map(p -> p.name() + " (" + p.supportDescription() + ")").collect(Collectors.joining(", "));
        if (matches.isEmpty()) {
            throw new IllegalStateException("no Bijector for " + constraint.name() + "; known: " + (known.isEmpty() ? "none installed" : known));
        }
        throw new IllegalStateException("several Bijectors for " + constraint.name() + ": "
                + matches.stream().map(BijectorProvider::name).collect(Collectors.joining(", ")));
    }

    /** A new bijector onto {@code constraint} for values of the given shape. */
    public Bijector create(Constraint constraint, int[] shape) {
        constraint.checkShape(shape);
        return providerFor(constraint).create(constraint, shape);
    }
}
