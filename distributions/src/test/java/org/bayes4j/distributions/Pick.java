package org.bayes4j.distributions;

import org.bayes4j.testkit.Gen;

/** Uniform choice among listed doubles ({@code Gen.oneOf} is ambiguous for primitive arguments). */
public final class Pick {
    private Pick() {}

    public static double of(Gen gen, double... values) { return values[gen.integer(0, values.length - 1)]; }
}
