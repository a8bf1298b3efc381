package org.bayes4j.validation;

import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

import org.bayes4j.spi.model.ModelProvider;

/**
 * The models validation certifies: every {@link ModelProvider} installed on the
 * class path or module path, shipped or plug-in alike, in name order.
 */
public final class ModelCatalogue {

    private final List<ModelProvider> providers;

    private ModelCatalogue(List<ModelProvider> providers) {
        this.providers = providers.stream().sorted(Comparator.comparing(ModelProvider::name)).collect(Collectors.toUnmodifiableList());
        long distinct = this.providers.stream().map(ModelProvider::name).distinct().count();
        if (distinct != this.providers.size()) {
            throw new IllegalStateException("two installed models share a name: " + names());
        }
    }

    public static ModelCatalogue installed() {
        return new ModelCatalogue(ServiceLoader.load(ModelProvider.class).stream().map(ServiceLoader.Provider::get).collect(Collectors.toList()));
    }

    public static ModelCatalogue of(List<ModelProvider> providers) { return new ModelCatalogue(providers); }

    public List<ModelProvider> providers() { return providers; }

    public List<String> names() { return providers.stream().map(ModelProvider::name).collect(Collectors.toList()); }

    /** The model of that name; fails listing the known names. */
    public ModelProvider byName(String name) {
        return providers.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no model named '" + name + "'; known: " + String.join(", ", names())));
    }
}
