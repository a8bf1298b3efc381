package org.bayes4j.spi.density;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A named array-valued quantity: its shape and, per axis, optional dim name and
 * coordinate labels. Elements are laid out row-major (last axis fastest).
 *
 * @param name     variable name, e.g. {@code beta}
 * @param shape    sizes per axis; empty for a scalar
 * @param dimNames per axis, the dim name or {@code null}
 * @param coords   per axis, coordinate labels or {@code null} (then 0-based integers are used)
 * @param kind     what the quantity is
 */
public record VariableInfo(String name, int[] shape, List<String> dimNames, List<List<String>> coords, Kind kind) {

    /** The role a recorded quantity plays in the model. */
    public enum Kind { PARAMETER, DETERMINISTIC, OBSERVED, DATA }

    public VariableInfo {
        Objects.requireNonNull(name, "name");
        shape = shape.clone();
        if (dimNames.size() != shape.length || coords.size() != shape.length) {
            throw new IllegalArgumentException("variable '" + name + "': dims and coords must have one entry per axis of shape "
                    + Arrays.toString(shape));
        }
        for (int a = 0; a < shape.length; a++) {
            List<String> c = coords.get(a);
            if (c != null && c.size() != shape[a]) {
                throw new IllegalArgumentException("variable '" + name + "': axis " + a + " has size " + shape[a]
                        + " but " + c.size() + " coordinate labels");
            }
        }
        dimNames = java.util.Collections.unmodifiableList(new ArrayList<>(dimNames));
        coords = java.util.Collections.unmodifiableList(new ArrayList<>(coords));
    }

    public static VariableInfo scalar(String name) {
        return new VariableInfo(name, new int[0], List.of(), List.of(), Kind.PARAMETER);
    }

    public static VariableInfo vector(String name, int size) {
        return new VariableInfo(name, new int[] {size}, Arrays.asList((String) null), Arrays.asList((List<String>) null), Kind.PARAMETER);
    }

    @Override public int[] shape() { return shape.clone(); }

    public int rank() { return shape.length; }

    public int size() {
        int n = 1;
        for (int s : shape) n *= s;
        return n;
    }

    /** Element names, e.g. {@code alpha[0]}, {@code beta[petal_length, virginica]}; a scalar is just its name. */
    public List<String> elementNames() {
        int n = size();
        List<String> out = new ArrayList<>(n);
        int[] index = new int[shape.length];
        for (int e = 0; e < n; e++) {
            out.add(elementName(index));
            increment(index);
        }
        return out;
    }

    /** The name of one element given its multi-index (0-based). */
    public String elementName(int[] index) {
        if (shape.length == 0) return name;
        StringBuilder b = new StringBuilder(name).append('[');
        for (int a = 0; a < shape.length; a++) {
            if (a > 0) b.append(", ");
            List<String> c = coords.get(a);
            b.append(c == null ? Integer.toString(index[a]) : c.get(index[a]));
        }
        return b.append(']').toString();
    }

    /** CmdStan's element name: {@code alpha.3} with 1-based integer indices, whatever the coords. */
    public List<String> cmdStanNames() {
        int n = size();
        List<String> out = new ArrayList<>(n);
        int[] index = new int[shape.length];
        for (int e = 0; e < n; e++) {
            StringBuilder b = new StringBuilder(name);
            for (int i : index) b.append('.').append(i + 1);
            out.add(b.toString());
            increment(index);
        }
        return out;
    }

    private void increment(int[] index) {
        for (int a = shape.length - 1; a >= 0; a--) {
            if (++index[a] < shape[a]) return;
            index[a] = 0;
        }
    }

    @Override public boolean equals(Object o) {
        return o instanceof VariableInfo v && v.name.equals(name) && Arrays.equals(v.shape, shape)
                && v.dimNames.equals(dimNames) && v.coords.equals(coords) && v.kind == kind;
    }

    @Override public int hashCode() { return Objects.hash(name, Arrays.hashCode(shape), dimNames, coords, kind); }

    @Override public String toString() { return name + Arrays.toString(shape); }
}
