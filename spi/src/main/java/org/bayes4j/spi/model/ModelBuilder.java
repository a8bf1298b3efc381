package org.bayes4j.spi.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link Model}: declare dims, data, free parameters, observed
 * variables, deterministics and potentials. Every name is unique within a
 * model; every shape is checked when declared, and errors name the variable
 * and its dims.
 */
public final class ModelBuilder {

    private final String modelName;
    private final Map<String, Dim> dims = new LinkedHashMap<>();
    private final Map<String, Object> names = new LinkedHashMap<>();
    private final List<Data> data = new ArrayList<>();
    private final List<Var> free = new ArrayList<>();
    private final List<Var> observed = new ArrayList<>();
    private final Map<String, Expr> deterministics = new LinkedHashMap<>();
    private final Map<String, Expr> potentials = new LinkedHashMap<>();

    ModelBuilder(String modelName) { this.modelName = modelName; }

    // ---- dims ----------------------------------------------------------------

    /** A named axis of the given size, labelled 0..size-1. */
    public Dim dim(String name, int size) { return register(Dim.named(name, size)); }

    /** A named axis whose coordinates are the given labels ({@code species: setosa, versicolor, virginica}). */
    public Dim dim(String name, List<String> coords) { return register(Dim.withCoords(name, coords)); }

    private Dim register(Dim d) {
        Dim old = dims.putIfAbsent(d.name(), d);
        if (old != null && !old.equals(d)) {
            throw new IllegalArgumentException(modelName + ": dim '" + d.name() + "' declared twice, as " + old + " and " + d);
        }
        return d;
    }

    // ---- data ----------------------------------------------------------------

    /** Real-valued data of the given dims (row-major). */
    public Data data(String name, double[] values, Dim... shape) {
        return addData(Data.real(name, values, List.of(shape)));
    }

    /** Integer data (counts, indices, categories) of the given dims. */
    public Data data(String name, int[] values, Dim... shape) {
        return addData(Data.integer(name, values, List.of(shape)));
    }

    /**
     * Integer indices into {@code target} (0-based), checked here: an index out
     * of range fails naming the data, the position, the value and the valid range.
     */
    public Data index(String name, int[] values, Dim target, Dim... shape) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] < 0 || values[i] >= target.size()) {
                throw new IllegalArgumentException(modelName + ": data '" + name + "'[" + i + "] is " + values[i]
                        + ", but must index '" + target.name() + "' (0.." + (target.size() - 1) + ")");
            }
        }
        return data(name, values, shape);
    }

    private Data addData(Data d) {
        claim(d.name(), d);
        data.add(d);
        return d;
    }

    // ---- random variables --------------------------------------------------------

    /** A free parameter with the given prior; {@code shape} is its full value shape (batch and event axes). */
    public Var param(String name, DistributionSpec prior, Dim... shape) {
        Var v = new Var(name, prior, List.of(shape), Var.Kind.FREE, null);
        claim(name, v);
        free.add(v);
        return v;
    }

    /** An observed variable: the likelihood of {@code observedData} under {@code likelihood}; its shape is the data's. */
    public Var observe(String name, DistributionSpec likelihood, Data observedData) {
        if (!data.contains(observedData)) {
            throw new IllegalArgumentException(modelName + ": observed '" + name + "' uses data '" + observedData.name()
                    + "' that was not declared in this model");
        }
        Var v = new Var(name, likelihood, observedData.dims(), Var.Kind.OBSERVED, observedData);
        claim(name, v);
        observed.add(v);
        return v;
    }

    /** A named quantity computed from the others and recorded with every draw. */
    public Expr deterministic(String name, Expr value) {
        claim(name, value);
        deterministics.put(name, value);
        return value;
    }

    /** Adds {@code sum(term)} to the log density (PyMC's {@code Potential}). */
    public void potential(String name, Expr term) {
        claim(name, term);
        potentials.put(name, term);
    }

    /** A constant of the given dims. */
    public Constant constant(double[] values, Dim... shape) { return new Constant(values, List.of(shape)); }

    private void claim(String name, Object what) {
        if (name == null || name.isBlank()) throw new IllegalArgumentException(modelName + ": every variable needs a name");
        if (names.putIfAbsent(name, what) != null) {
            throw new IllegalArgumentException(modelName + ": the name '" + name + "' is used twice");
        }
    }

    Model build() {
        if (free.isEmpty() && observed.isEmpty()) {
            throw new IllegalArgumentException(modelName + ": a model needs at least one random variable");
        }
        return new Model(modelName, new ArrayList<>(dims.values()), data, free, observed, deterministics, potentials);
    }

    @Override public String toString() { return "ModelBuilder(" + modelName + ", names=" + Arrays.toString(names.keySet().toArray()) + ")"; }
}
