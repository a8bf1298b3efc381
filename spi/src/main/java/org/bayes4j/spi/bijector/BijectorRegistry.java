package org.bayes4j.spi.bijector;

import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

import org.bayes4j.spi.constraint.Constraint;

/**
 * The constraint-to-bijector registry: finds, through {@link ServiceLoader},
 * the one {@link BijectorProvider} that handles a constraint. A lookup that
 * finds none or several fails at once, naming what was asked and what exists.
 *
 * <p>When several providers handle a constraint, the system property
 * {@value #PREFER_PROPERTY} (a comma-separated list of provider names) breaks
 * the tie: the one listed provider among them wins. This is how an alternative
 * or instrumented transform (for example a deliberately broken one in a
 * validation power test) replaces the default without removing it.
 */
public final class BijectorRegistry {

    /** System property naming the providers that win when several handle a constraint. */
    public static final String PREFER_PROPERTY = "bayes4j.bijectors.prefer";

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
        List<String> preferred = preferred();
        List<BijectorProvider> chosen = matches.stream().filter(p -> preferred.contains(p.name())).collect(Collectors.toList());
        if (matches.size() > 1 && chosen.size() == 1) return chosen.get(0);
        String known = providers.stream().map(p -> p.name() + " (" + p.supportDescription() + ")").collect(Collectors.joining(", "));
        if (matches.isEmpty()) {
            throw new IllegalStateException("no Bijector for " + constraint.name() + "; known: " + (known.isEmpty() ? "none installed" : known));
        }
        throw new IllegalStateException("several Bijectors for " + constraint.name() + ": "
                + matches.stream().map(BijectorProvider::name).collect(Collectors.joining(", ")));
    }

    private static List<String> preferred() {
        String value = System.getProperty(PREFER_PROPERTY, "");
        return java.util.Arrays.stream(value.split(",")).map(String::trim).filter(n -> !n.isEmpty()).collect(Collectors.toList());
    }

    /** A new bijector onto {@code constraint} for values of the given shape. */
    public Bijector create(Constraint constraint, int[] shape) {
        constraint.checkShape(shape);
        return providerFor(constraint).create(constraint, shape);
    }
}
