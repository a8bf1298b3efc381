package org.bayes4j.spi.model;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A description of a distribution: a family name, its arguments as
 * expressions, and options (nested families, axis counts). It only describes;
 * the family implementation is found by name through {@code ServiceLoader}
 * when the model compiles, so a plug-in family is used the same way.
 */
public record DistributionSpec(String family, List<Expr> arguments, Map<String, Object> options) {

    public DistributionSpec {
        arguments = List.copyOf(arguments);
        options = Map.copyOf(options);
    }

    /** A family by name with arguments (each an {@link Expr}, number or {@code double[]}). */
    public static DistributionSpec of(String family, Object... arguments) {
        return new DistributionSpec(family, Arrays.stream(arguments).map(Expr::of).collect(Collectors.toList()), Map.of());
    }

    public DistributionSpec withOption(String name, Object value) {
        Map<String, Object> o = new java.util.HashMap<>(options);
        o.put(name, value);
        return new DistributionSpec(family, arguments, o);
    }

    @Override public String toString() {
        return family + arguments.stream().map(Expr::label).collect(Collectors.joining(", ", "(", ")"));
    }
}
