package org.bayes4j.spi.model;

import java.util.List;

/**
 * Where a compiled model spends its time: one entry per graph node (op, family
 * or bijector), with its share of forward plus reverse sweep time.
 */
public record Profile(int evaluations, long totalNanos, List<Entry> entries) {

    public Profile { entries = List.copyOf(entries); }

    /** One node: what it is, which variable or expression it belongs to, and its time. */
    public record Entry(String kind, String label, long nanos, double share) {}
}
