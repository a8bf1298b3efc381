package org.bayes4j.spi.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A data set handed to a {@link ModelProvider}: named numeric arrays (integer
 * or real, with a shape) and string columns, as read from a CSV file (one
 * column per variable) or a Stan-style JSON file, or made by a simulator.
 * Accessors fail with messages naming the variable and what was expected.
 */
public final class ModelData {

    /** One numeric variable: values row-major, its shape, and whether every value is an integer. */
    public record Array(double[] values, int[] shape, boolean integer) {
        public Array {
            values = values.clone();
            shape = shape.clone();
            int n = 1;
            for (int s : shape) n *= s;
            if (n != values.length) throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " needs " + n + " values, got " + values.length);
        }
        @Override public double[] values() { return values.clone(); }
        @Override public int[] shape() { return shape.clone(); }
    }

    private final String source;
    private final Map<String, Array> arrays;
    private final Map<String, List<String>> strings;

    private ModelData(String source, Map<String, Array> arrays, Map<String, List<String>> strings) {
        this.source = source;
        this.arrays = Collections.unmodifiableMap(new LinkedHashMap<>(arrays));
        this.strings = Collections.unmodifiableMap(new LinkedHashMap<>(strings));
    }

    /** Where the data came from (a file path, or "simulated (seed 1)"), used in messages. */
    public String source() { return source; }

    public Set<String> names() {
        Set<String> all = new java.util.LinkedHashSet<>(arrays.keySet());
        all.addAll(strings.keySet());
        return all;
    }

    public boolean has(String name) { return arrays.containsKey(name) || strings.containsKey(name); }

    public Array array(String name) {
        Array a = arrays.get(name);
        if (a != null) return a;
        List<String> text = strings.get(name);
        if (text != null) {
            // a column read as text because some cell is not a number: name the first such cell
            for (int i = 0; i < text.size(); i++) {
                if (!isNumber(text.get(i))) {
                    throw new IllegalArgumentException(source + ": variable '" + name + "' row " + (i + 1) + " is '" + text.get(i)
                            + "', but must be a number");
                }
            }
            throw new IllegalArgumentException(source + ": variable '" + name + "' holds text, but must hold numbers");
        }
        throw new IllegalArgumentException(source + ": missing variable '" + name + "'; present: " + names());
    }

    public double[] doubles(String name) { return array(name).values(); }

    private static boolean isNumber(String cell) {
        try {
            Double.parseDouble(cell.trim());
            return !cell.isBlank();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Integer values; fails naming the first non-integer element. */
    public int[] ints(String name) {
        double[] v = doubles(name);
        int[] out = new int[v.length];
        for (int i = 0; i < v.length; i++) {
            if (v[i] != Math.rint(v[i]) || Math.abs(v[i]) > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(source + ": variable '" + name + "' row " + (i + 1) + " is " + v[i] + ", but must be an integer");
            }
            out[i] = (int) v[i];
        }
        return out;
    }

    /** Integers that must be non-negative (counts): fails naming the row and value. */
    public int[] counts(String name) {
        int[] v = ints(name);
        for (int i = 0; i < v.length; i++) {
            if (v[i] < 0) throw new IllegalArgumentException(source + ": variable '" + name + "' row " + (i + 1) + " is " + v[i] + ", but counts must be >= 0");
        }
        return v;
    }

    /** A scalar value (a JSON number, or a one-element array). */
    public double scalar(String name) {
        double[] v = doubles(name);
        if (v.length != 1) throw new IllegalArgumentException(source + ": variable '" + name + "' must be a single number, got " + v.length + " values");
        return v[0];
    }

    public int[] shape(String name) { return array(name).shape(); }

    /** A text column (or a numeric one rendered as text). */
    public List<String> strings(String name) {
        List<String> s = strings.get(name);
        if (s != null) return s;
        double[] v = doubles(name);
        List<String> out = new ArrayList<>(v.length);
        for (double x : v) out.add(x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x));
        return out;
    }

    /** Number of rows of a column-oriented data set (length of the first axis of {@code name}). */
    public int rows(String name) {
        if (strings.containsKey(name)) return strings.get(name).size();
        int[] s = shape(name);
        return s.length == 0 ? 1 : s[0];
    }

    public static Builder builder(String source) { return new Builder(source); }

    /** Collects variables; the last definition of a name wins. */
    public static final class Builder {
        private final String source;
        private final Map<String, Array> arrays = new LinkedHashMap<>();
        private final Map<String, List<String>> strings = new LinkedHashMap<>();

        private Builder(String source) { this.source = source; }

        public Builder put(String name, double[] values, int... shape) {
            boolean integer = Arrays.stream(values).allMatch(x -> x == Math.rint(x));
            arrays.put(name, new Array(values, shape.length == 0 && values.length != 1 ? new int[] {values.length} : shape, integer));
            strings.remove(name);
            return this;
        }

        public Builder put(String name, int[] values, int... shape) {
            return put(name, Arrays.stream(values).asDoubleStream().toArray(), shape);
        }

        public Builder scalar(String name, double value) {
            arrays.put(name, new Array(new double[] {value}, new int[0], value == Math.rint(value)));
            return this;
        }

        public Builder strings(String name, List<String> values) {
            strings.put(name, List.copyOf(values));
            arrays.remove(name);
            return this;
        }

        public ModelData build() { return new ModelData(source, arrays, strings); }
    }

    @Override public String toString() { return "ModelData(" + source + ", " + names() + ")"; }
}
