package org.bayes4j.models.testing;

import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

import org.bayes4j.spi.model.ModelProvider;

/** The model providers on the class path, found as a user finds them: through {@code ServiceLoader}. */
public final class Providers {

    private Providers() {}

    public static List<ModelProvider> all() {
        return ServiceLoader.load(ModelProvider.class).stream().map(ServiceLoader.Provider::get).collect(Collectors.toList());
    }

    /** The provider named {@code name}; fails listing the names found. */
    public static ModelProvider named(String name) {
        List<ModelProvider> all = all();
        return all.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(
                "no ModelProvider named '" + name + "'; found " + all.stream().map(ModelProvider::name).collect(Collectors.toList())));
    }
}
