package org.bayes4j.models.support;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sizes of a simulated data set: a model's defaults overridden by the
 * caller's values. Unknown keys and sizes below one fail with a message
 * naming the key and listing the known ones, so a typo ({@code tank} for
 * {@code tanks}) is never silently ignored.
 */
public final class SimulationSizes {

    private final String model;
    private final Map<String, Integer> sizes;

    private SimulationSizes(String model, Map<String, Integer> sizes) {
        this.model = model;
        this.sizes = sizes;
    }

    /** Merges {@code given} (may be {@code null} or empty) into {@code defaults}, checking every key and value. */
    public static SimulationSizes resolve(String model, Map<String, Integer> defaults, Map<String, Integer> given) {
        Map<String, Integer> merged = new LinkedHashMap<>(defaults);
        if (given != null) {
            for (Map.Entry<String, Integer> e : given.entrySet()) {
                if (!defaults.containsKey(e.getKey())) {
                    throw new IllegalArgumentException(model + ": unknown size '" + e.getKey() + "'; known sizes: " + defaults.keySet());
                }
                Integer value = e.getValue();
                if (value == null || value < 1) {
                    throw new IllegalArgumentException(model + ": size '" + e.getKey() + "' is " + value + ", but must be >= 1");
                }
                merged.put(e.getKey(), value);
            }
        }
        return new SimulationSizes(model, merged);
    }

    /** The size under {@code key}. */
    public int get(String key) {
        Integer value = sizes.get(key);
        if (value == null) throw new IllegalArgumentException(model + ": no size '" + key + "'; known sizes: " + sizes.keySet());
        return value;
    }

    @Override public String toString() { return sizes.toString(); }
}
