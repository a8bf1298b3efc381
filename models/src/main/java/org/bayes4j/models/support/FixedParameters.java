package org.bayes4j.models.support;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoublePredicate;
import java.util.function.DoubleSupplier;

/**
 * Parameter values for a simulation: each one is either fixed by the caller
 * (SBC and recovery studies pin some) or drawn from its prior. Whatever its
 * origin, the value is recorded as the truth under the model's variable name.
 *
 * <p>A fixed value is checked: the name must be one of the model's free
 * variables, the size must match, and every element must lie in the
 * variable's support. A bad value fails naming the variable, the index, the
 * value and the expectation ({@code reedfrogs: parameter sigma[0] is -1.0,
 * but must be positive}).
 */
public final class FixedParameters {

    private final String model;
    private final Map<String, double[]> given;
    private final Map<String, double[]> truth = new LinkedHashMap<>();

    private FixedParameters(String model, Map<String, double[]> given) {
        this.model = model;
        this.given = given;
    }

    /** Starts a simulation's parameters; fails on names not in {@code known}. */
    public static FixedParameters of(String model, Map<String, double[]> given, List<String> known) {
        Map<String, double[]> copy = new LinkedHashMap<>();
        if (given != null) {
            Set<String> names = given.keySet();
            for (String name : names) {
                if (!known.contains(name)) {
                    throw new IllegalArgumentException(model + ": unknown parameter '" + name + "'; the model's free variables are " + known);
                }
                double[] v = given.get(name);
                if (v == null) throw new IllegalArgumentException(model + ": parameter '" + name + "' is null");
                copy.put(name, v.clone());
            }
        }
        return new FixedParameters(model, copy);
    }

    /**
     * A scalar parameter: the fixed value if given, else one draw of {@code prior}.
     *
     * @param support     what a valid value satisfies
     * @param expectation the support in words, for the message ({@code "positive"})
     */
    public double scalar(String name, DoubleSupplier prior, DoublePredicate support, String expectation) {
        double[] v = given.get(name);
        double value;
        if (v == null) {
            value = prior.getAsDouble();
        } else {
            if (v.length != 1) {
                throw new IllegalArgumentException(model + ": parameter '" + name + "' has " + v.length + " values, but is a scalar");
            }
            value = v[0];
            check(name, 0, value, support, expectation);
        }
        truth.put(name, new double[] {value});
        return value;
    }

    /**
     * A vector parameter of {@code size} elements: the fixed values if given,
     * else element {@code i} is {@code prior.draw(i)}.
     */
    public double[] vector(String name, int size, ElementPrior prior, DoublePredicate support, String expectation, String sizeName) {
        double[] v = given.get(name);
        double[] values;
        if (v == null) {
            values = new double[size];
            for (int i = 0; i < size; i++) values[i] = prior.draw(i);
        } else {
            if (v.length != size) {
                throw new IllegalArgumentException(model + ": parameter '" + name + "' has " + v.length + " values, but the simulation has "
                        + size + " " + sizeName);
            }
            for (int i = 0; i < size; i++) check(name, i, v[i], support, expectation);
            values = v.clone();
        }
        truth.put(name, values.clone());
        return values;
    }

    /** The values used, by variable name, in the order they were asked for. */
    public Map<String, double[]> truth() {
        Map<String, double[]> out = new LinkedHashMap<>();
        truth.forEach((k, v) -> out.put(k, v.clone()));
        return out;
    }

    private void check(String name, int index, double value, DoublePredicate support, String expectation) {
        if (Double.isNaN(value) || !support.test(value)) {
            throw new IllegalArgumentException(model + ": parameter " + name + "[" + index + "] is " + value + ", but must be " + expectation);
        }
    }

    /** Draws element {@code i} of a vector parameter from its prior (which may depend on already drawn hyperparameters). */
    @FunctionalInterface
    public interface ElementPrior {
        double draw(int i);
    }

    /** Real line: any finite value. */
    public static boolean finite(double x) { return Double.isFinite(x); }

    /** Positive reals: finite and {@code > 0}. */
    public static boolean positive(double x) { return Double.isFinite(x) && x > 0; }

    @Override public String toString() { return model + " parameters " + Arrays.toString(given.keySet().toArray()); }
}
