package org.bayes4j.autodiff.eval;

import java.util.List;

import org.bayes4j.autodiff.compile.DataSlot;

/**
 * The current values of a compiled model's data arrays, with a version number
 * that changes on every replacement. Each evaluator remembers the version it
 * loaded and reloads (and recomputes its constant nodes) when it differs, so
 * replaced data reach evaluators created earlier without recompiling.
 */
public final class DataStore {

    private final double[][] current;
    private volatile int version;

    public DataStore(List<DataSlot> slots) {
        current = new double[slots.size()][];
        for (int i = 0; i < current.length; i++) current[i] = slots.get(i).data().values();
    }

    public int version() { return version; }

    public double[] values(int slot) { return current[slot]; }

    /** Installs new values (the caller has validated them). */
    public synchronized void replace(int slot, double[] values) {
        current[slot] = values.clone();
        version++;
    }
}
