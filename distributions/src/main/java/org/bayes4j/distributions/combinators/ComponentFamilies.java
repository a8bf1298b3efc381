package org.bayes4j.distributions.combinators;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeSet;

import org.bayes4j.spi.distribution.DistributionFamily;

/**
 * Finds a combinator's component families by name through {@link ServiceLoader}, as the model
 * compiler finds top-level families, so a plug-in family can be a mixture component.
 */
final class ComponentFamilies {

    private ComponentFamilies() {}

    /**
     * The families named in option {@code components} (a list of names), each configured without options.
     *
     * @throws IllegalArgumentException naming the combinator and the missing or unknown component
     */
    static List<DistributionFamily> resolve(String combinator, Map<String, Object> options) {
        Object names = options.get("components");
        if (!(names instanceof List<?> list) || list.isEmpty()) {
            throw new IllegalArgumentException(combinator + ": option 'components' must list the component family names, got " + names);
        }
        List<DistributionFamily> found = new ArrayList<>();
        for (Object name : list) found.add(byName(combinator, String.valueOf(name)));
        return found;
    }

    /** The family called {@code name}. */
    static DistributionFamily byName(String combinator, String name) {
        TreeSet<String> known = new TreeSet<>();
        for (DistributionFamily f : ServiceLoader.load(DistributionFamily.class)) {
            if (f.name().equals(name)) return f.configure(Map.of());
            known.add(f.name());
        }
        throw new IllegalArgumentException(combinator + ": unknown component family '" + name + "'; known: " + known);
    }
}
