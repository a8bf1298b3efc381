package org.bayes4j.spi.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Consumer;

/**
 * A model graph, defined once: dims, data, free and observed random variables,
 * deterministics and potentials. {@link #compile()} turns it into a
 * {@link CompiledModel} through the installed {@link ModelCompiler}.
 *
 * <pre>{@code
 * Model frogs = Model.build("reedfrogs", m -> {
 *     Dim tank = m.dim("tank", n);
 *     Data density = m.data("density", densities, tank);
 *     Data survived = m.data("surv", survivors, tank);
 *     Var alphaBar = m.param("alpha_bar", Normal.of(0, 1.5));
 *     Var sigma = m.param("sigma", Exponential.of(1));
 *     Var alpha = m.param("alpha", Normal.of(alphaBar, sigma), tank);
 *     m.deterministic("p_survived", alpha.invLogit());
 *     m.observe("survived", Binomial.logit(density, alpha), survived);
 * });
 * }</pre>
 */
public final class Model {

    private final String name;
    private final List<Dim> dims;
    private final List<Data> data;
    private final List<Var> free;
    private final List<Var> observed;
    private final Map<String, Expr> deterministics;
    private final Map<String, Expr> potentials;

    Model(String name, List<Dim> dims, List<Data> data, List<Var> free, List<Var> observed,
          Map<String, Expr> deterministics, Map<String, Expr> potentials) {
        this.name = name;
        this.dims = List.copyOf(dims);
        this.data = List.copyOf(data);
        this.free = List.copyOf(free);
        this.observed = List.copyOf(observed);
        this.deterministics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(deterministics));
        this.potentials = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(potentials));
    }

    /** Builds a model by running {@code body} on a fresh builder. */
    public static Model build(String name, Consumer<ModelBuilder> body) {
        ModelBuilder b = new ModelBuilder(name);
        body.accept(b);
        return b.build();
    }

    public String name() { return name; }
    public List<Dim> dims() { return dims; }
    public List<Data> data() { return data; }
    /** Free parameters in declaration order (the order of the unconstrained vector). */
    public List<Var> freeVariables() { return free; }
    public List<Var> observedVariables() { return observed; }
    /** Deterministics in declaration order. */
    public Map<String, Expr> deterministics() { return deterministics; }
    public Map<String, Expr> potentials() { return potentials; }

    public Optional<Var> variable(String varName) {
        return java.util.stream.Stream.concat(free.stream(), observed.stream()).filter(v -> v.name().equals(varName)).findFirst();
    }

    /** Compiles with the installed {@link ModelCompiler}; fails with a clear message when none is installed. */
    public CompiledModel compile() {
        ModelCompiler compiler = ServiceLoader.load(ModelCompiler.class).findFirst().orElseThrow(() -> new IllegalStateException(
                "no ModelCompiler installed: put the bayes4j-autodiff module (or another back end) on the class path or module path"));
        return compiler.compile(this);
    }

    @Override public String toString() { return "Model(" + name + ")"; }
}
