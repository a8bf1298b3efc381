package org.bayes4j.spi.model;

import java.util.List;
import java.util.Objects;

/**
 * A named axis with optional coordinate labels, as in xarray / PyMC
 * ({@code dims=("tank",)}, {@code coords={"species": [...]}}). A dim with a
 * {@code null} name is anonymous (an unnamed axis of an expression).
 */
public record Dim(String name, int size, List<String> coords) {

    public Dim {
        if (size < 0) throw new IllegalArgumentException("dim '" + name + "' has size " + size + ", but must be >= 0");
        if (coords != null) {
            coords = List.copyOf(coords);
            if (coords.size() != size) {
                throw new IllegalArgumentException("dim '" + name + "' has size " + size + " but " + coords.size() + " coordinate labels");
            }
            if (coords.stream().distinct().count() != size) {
                throw new IllegalArgumentException("dim '" + name + "' has repeated coordinate labels: " + coords);
            }
        }
    }

    public static Dim anonymous(int size) { return new Dim(null, size, null); }

    public static Dim named(String name, int size) { return new Dim(Objects.requireNonNull(name), size, null); }

    public static Dim withCoords(String name, List<String> coords) { return new Dim(Objects.requireNonNull(name), coords.size(), coords); }

    public boolean isNamed() { return name != null; }

    /** Position of a coordinate label; throws naming the dim and the known labels when absent. */
    public int indexOf(String label) {
        int i = coords == null ? -1 : coords.indexOf(label);
        if (i < 0) throw new IllegalArgumentException("dim '" + name + "' has no coordinate '" + label + "'; known: " + coords);
        return i;
    }

    @Override public String toString() { return (name == null ? "_" : name) + "=" + size; }
}
