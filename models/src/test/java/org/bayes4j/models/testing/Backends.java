package org.bayes4j.models.testing;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

import org.bayes4j.spi.draws.Draws;
import org.bayes4j.spi.model.CompiledModel;
import org.bayes4j.spi.model.Model;
import org.bayes4j.spi.sampler.ProgressListener;
import org.bayes4j.spi.sampler.SamplerConfig;
import org.bayes4j.spi.sampler.SamplerProvider;

/**
 * The compiler and the NUTS sampler, reached as an application reaches them:
 * through {@code ServiceLoader}, never by class name. End-to-end tests fit
 * the shipped models with these.
 */
public final class Backends {

    private Backends() {}

    public static Optional<SamplerProvider> sampler(String name) {
        return ServiceLoader.load(SamplerProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals(name)).findFirst();
    }

    /** Compiles {@code model} and runs NUTS with {@code config}. */
    public static Draws fitNuts(Model model, SamplerConfig config) {
        return fitNuts(model.compile(), config);
    }

    /** Runs NUTS with {@code config} on an already compiled model (to reuse it afterwards, e.g. for its log likelihood). */
    public static Draws fitNuts(CompiledModel compiled, SamplerConfig config) {
        SamplerProvider nuts = sampler("nuts").orElseThrow(() -> new AssertionError("no SamplerProvider named 'nuts'; found "
                + ServiceLoader.load(SamplerProvider.class).stream().map(p -> p.get().name()).collect(Collectors.toList())));
        return nuts.sample(compiled, config, ProgressListener.NONE);
    }

    /** A Stan-like run: {@code chains} chains of {@code warmup + draws} iterations, target acceptance 0.8, diagonal metric. */
    public static SamplerConfig config(int chains, int warmup, int draws, long seed) {
        return SamplerConfig.defaults().withChains(chains).withWarmup(warmup).withDraws(draws).withSeed(seed);
    }

    /** Names of the variables a fit recorded, for messages. */
    public static List<String> variableNames(Draws draws) {
        return draws.variables().stream().map(v -> v.name()).collect(Collectors.toList());
    }
}
