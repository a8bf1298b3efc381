package org.bayes4j.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.function.Supplier;

import org.bayes4j.spi.bijector.BijectorProvider;
import org.bayes4j.spi.density.SamplingTarget;
import org.bayes4j.spi.diagnostic.KFoldProvider;
import org.bayes4j.spi.diagnostic.LooProvider;
import org.bayes4j.spi.diagnostic.ModelComparer;
import org.bayes4j.spi.diagnostic.Summarizer;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.model.Model;
import org.bayes4j.spi.model.ModelProvider;
import org.bayes4j.spi.sampler.SamplerProvider;

/**
 * Where the commands find models, samplers and the summarizer. In production
 * everything comes from {@link ServiceLoader} (the module path decides what is
 * installed); tests hand in their own doubles with {@link #of}.
 *
 * <p>A lookup by name that finds nothing fails at once, naming what was asked
 * and what exists ("no model named 'frogs'; known: eight-schools, reedfrogs").
 * Two providers with the same name are an installation mistake and are
 * reported the same way rather than one silently winning.
 *
 * <p>The LOO, comparison, distribution and bijector services come from
 * {@link ServiceLoader} unless replaced with {@link #withLoo} or
 * {@link #withCatalogue}; the fixed look-ups of {@link #of} keep them so.
 */
public final class ServiceLookup {

    private final Supplier<List<ModelProvider>> models;
    private final Supplier<List<SamplerProvider>> samplers;
    private final Supplier<List<Summarizer>> summarizers;
    private final Function<Model, SamplingTarget> compiler;
    private final Supplier<List<LooProvider>> looProviders;
    private final Supplier<List<ModelComparer>> comparers;
    private final Supplier<List<DistributionFamily>> families;
    private final Supplier<List<BijectorProvider>> bijectors;

    private ServiceLookup(Supplier<List<ModelProvider>> models, Supplier<List<SamplerProvider>> samplers,
                          Supplier<List<Summarizer>> summarizers, Function<Model, SamplingTarget> compiler) {
        this(models, samplers, summarizers, compiler, () -> load(LooProvider.class), () -> load(ModelComparer.class),
                () -> load(DistributionFamily.class), () -> load(BijectorProvider.class));
    }

    private ServiceLookup(Supplier<List<ModelProvider>> models, Supplier<List<SamplerProvider>> samplers,
                          Supplier<List<Summarizer>> summarizers, Function<Model, SamplingTarget> compiler,
                          Supplier<List<LooProvider>> looProviders, Supplier<List<ModelComparer>> comparers,
                          Supplier<List<DistributionFamily>> families, Supplier<List<BijectorProvider>> bijectors) {
        this.models = models;
        this.samplers = samplers;
        this.summarizers = summarizers;
        this.compiler = compiler;
        this.looProviders = looProviders;
        this.comparers = comparers;
        this.families = families;
        this.bijectors = bijectors;
    }

    /** This look-up with fixed models in place of the installed ones (plug-in models in tests and embedding). */
    public ServiceLookup withModels(List<ModelProvider> fixedModels) {
        List<ModelProvider> m = List.copyOf(fixedModels);
        return new ServiceLookup(() -> m, samplers, summarizers, compiler, looProviders, comparers, families, bijectors);
    }

    /** This look-up with fixed LOO providers and model comparers in place of the installed ones. */
    public ServiceLookup withLoo(List<LooProvider> loo, List<ModelComparer> comparer) {
        List<LooProvider> l = List.copyOf(loo);
        List<ModelComparer> c = List.copyOf(comparer);
        return new ServiceLookup(models, samplers, summarizers, compiler, () -> l, () -> c, families, bijectors);
    }

    /** This look-up with fixed distribution families and bijector providers in place of the installed ones. */
    public ServiceLookup withCatalogue(List<DistributionFamily> distributions, List<BijectorProvider> transforms) {
        List<DistributionFamily> d = List.copyOf(distributions);
        List<BijectorProvider> b = List.copyOf(transforms);
        return new ServiceLookup(models, samplers, summarizers, compiler, looProviders, comparers, () -> d, () -> b);
    }

    /** Everything installed on the module path (or class path), loaded lazily on first use. */
    public static ServiceLookup fromServiceLoader() {
        return new ServiceLookup(() -> load(ModelProvider.class), () -> load(SamplerProvider.class),
                () -> load(Summarizer.class), Model::compile);
    }

    /** Fixed providers, compiling models with the installed {@link org.bayes4j.spi.model.ModelCompiler}. */
    public static ServiceLookup of(List<ModelProvider> models, List<SamplerProvider> samplers, List<Summarizer> summarizers) {
        return of(models, samplers, summarizers, Model::compile);
    }

    /** Fixed providers and a fixed compiler, for tests and embedding. */
    public static ServiceLookup of(List<ModelProvider> models, List<SamplerProvider> samplers, List<Summarizer> summarizers,
                                   Function<Model, SamplingTarget> compiler) {
        List<ModelProvider> m = List.copyOf(models);
        List<SamplerProvider> s = List.copyOf(samplers);
        List<Summarizer> z = List.copyOf(summarizers);
        return new ServiceLookup(() -> m, () -> s, () -> z, compiler);
    }

    /** Compiles a model into what a sampler runs on (normally {@link Model#compile()}). */
    public SamplingTarget compile(Model model) {
        return compiler.apply(model);
    }

    private static <T> List<T> load(Class<T> service) {
        List<T> found = new ArrayList<>();
        ServiceLoader.load(service).forEach(found::add);
        return found;
    }

    /** Installed models, sorted by name. */
    public List<ModelProvider> models() {
        List<ModelProvider> all = new ArrayList<>(models.get());
        all.sort(Comparator.comparing(ModelProvider::name));
        return all;
    }

    /** Installed samplers, sorted by name. */
    public List<SamplerProvider> samplers() {
        List<SamplerProvider> all = new ArrayList<>(samplers.get());
        all.sort(Comparator.comparing(SamplerProvider::name));
        return all;
    }

    public ModelProvider model(String name) {
        return byName("model", name, models(), ModelProvider::name);
    }

    public SamplerProvider sampler(String name) {
        return byName("sampler", name, samplers(), SamplerProvider::name);
    }

    /** The installed summarizer; fails saying which module provides one when none is installed. */
    public Summarizer summarizer() {
        List<Summarizer> all = summarizers.get();
        if (all.isEmpty()) {
            throw new IllegalStateException("no Summarizer installed: put the bayes4j-diagnostics module on the module path");
        }
        return all.get(0);
    }

    /** The one element whose name is {@code name}; fails listing the known names when there is none or several. */
    static <T> T byName(String kind, String name, List<T> candidates, Function<T, String> nameOf) {
        List<T> matches = new ArrayList<>();
        List<String> known = new ArrayList<>();
        for (T candidate : candidates) {
            String n = nameOf.apply(candidate);
            known.add(n);
            if (n.equals(name)) matches.add(candidate);
        }
        if (matches.isEmpty()) throw new UnknownNameException(kind, name, known);
        if (matches.size() > 1) {
            throw new IllegalStateException(matches.size() + " installed " + kind + "s are named '" + name + "': "
                    + matches.stream().map(m -> m.getClass().getName()).toList() + "; remove all but one from the module path");
        }
        return matches.get(0);
    }

    /** The installed PSIS-LOO provider; fails saying which module provides one when none is installed. */
    public LooProvider looProvider() {
        return first(looProviders.get(), "LooProvider");
    }

    /** The installed model comparer; fails saying which module provides one when none is installed. */
    public ModelComparer modelComparer() {
        return first(comparers.get(), "ModelComparer");
    }

    /** The installed K-fold cross-validation service; fails saying which module provides one when none is installed. */
    public KFoldProvider kfoldProvider() {
        return first(load(KFoldProvider.class), "KFoldProvider");
    }

    /** Installed distribution families, sorted by name. */
    public List<DistributionFamily> distributionFamilies() {
        List<DistributionFamily> all = new ArrayList<>(families.get());
        all.sort(Comparator.comparing(DistributionFamily::name));
        return all;
    }

    /** Installed bijector providers, sorted by name. */
    public List<BijectorProvider> bijectorProviders() {
        List<BijectorProvider> all = new ArrayList<>(bijectors.get());
        all.sort(Comparator.comparing(BijectorProvider::name));
        return all;
    }

    private static <T> T first(List<T> all, String service) {
        if (all.isEmpty()) {
            throw new IllegalStateException("no " + service + " installed: put the bayes4j-diagnostics module on the module path");
        }
        return all.get(0);
    }
}
