package org.bayes4j.autodiff;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

import org.bayes4j.autodiff.compile.GraphCompiler;
import org.bayes4j.autodiff.compile.Program;
import org.bayes4j.autodiff.eval.GraphModel;
import org.bayes4j.spi.bijector.BijectorRegistry;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.model.CompiledModel;
import org.bayes4j.spi.model.Model;
import org.bayes4j.spi.model.ModelCompiler;

/**
 * The default {@link ModelCompiler}: compiles a model graph into a flat
 * program over preallocated arrays, evaluated by reverse-mode automatic
 * differentiation with one forward and one reverse sweep
 * (see {@code org.bayes4j.autodiff.eval}).
 *
 * <p>Families are found by name among the installed
 * {@link DistributionFamily} services, and bijectors through
 * {@link BijectorRegistry#installed()}, unless given explicitly.
 */
public final class AutodiffCompiler implements ModelCompiler {

    private final List<DistributionFamily> families;
    private final BijectorRegistry bijectors;

    /** Uses the installed families and bijectors (looked up when a model is compiled). */
    public AutodiffCompiler() {
        this.families = null;
        this.bijectors = null;
    }

    /** Uses exactly the given families and bijector registry (tests, custom set-ups). */
    public AutodiffCompiler(List<DistributionFamily> families, BijectorRegistry bijectors) {
        this.families = List.copyOf(families);
        this.bijectors = bijectors;
    }

    @Override public String name() { return "autodiff"; }

    @Override public CompiledModel compile(Model model) {
        List<DistributionFamily> fs = families != null ? families
                : ServiceLoader.load(DistributionFamily.class).stream().map(ServiceLoader.Provider::get).collect(Collectors.toList());
        BijectorRegistry registry = bijectors != null ? bijectors : BijectorRegistry.installed();
        Map<String, DistributionFamily> byName = new LinkedHashMap<>();
        for (DistributionFamily f : fs) {
            DistributionFamily old = byName.putIfAbsent(f.name(), f);
            if (old != null && old.getClass() != f.getClass()) {
                throw new IllegalStateException("two distribution families are named '" + f.name() + "': "
                        + old.getClass().getName() + " and " + f.getClass().getName());
            }
        }
        Program program = new GraphCompiler(model, byName, registry).compile();
        return new GraphModel(program);
    }
}
