package org.bayes4j.bench;

import java.util.ServiceLoader;
import java.util.stream.Collectors;

import org.bayes4j.spi.model.ModelProvider;
import org.bayes4j.spi.sampler.SamplerProvider;

/** Finds models and samplers by name through {@code ServiceLoader}, failing with the names that do exist. */
final class Catalogue {

    private Catalogue() {}

    static ModelProvider model(String name) {
        return ServiceLoader.load(ModelProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no model '" + name + "'; installed: "
                        + ServiceLoader.load(ModelProvider.class).stream().map(p -> p.get().name()).collect(Collectors.toList())));
    }

    static SamplerProvider sampler(String name) {
        return ServiceLoader.load(SamplerProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no sampler '" + name + "'; installed: "
                        + ServiceLoader.load(SamplerProvider.class).stream().map(p -> p.get().name()).collect(Collectors.toList())));
    }
}
