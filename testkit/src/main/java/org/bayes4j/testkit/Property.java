package org.bayes4j.testkit;

import java.util.function.Consumer;

/**
 * Runs a property over many seeded cases. Case {@code i} gets a {@link Gen}
 * seeded with a value derived from the property's base seed and {@code i}, so
 * the failure message (which names both) is enough to replay it:
 * {@code Property.replay(seed, body)}.
 */
public final class Property {

    private Property() {}

    /** Default number of cases per property. */
    public static final int DEFAULT_CASES = 200;

    /** Checks {@code body} on {@code cases} seeded inputs; the first failure is rethrown with its seed. */
    public static void forAll(String name, long baseSeed, int cases, Consumer<Gen> body) {
        for (int i = 0; i < cases; i++) {
            long seed = caseSeed(baseSeed, i);
            try {
                body.accept(Gen.seeded(seed));
            } catch (AssertionError | RuntimeException e) {
                AssertionError failure = new AssertionError("property '" + name + "' failed on case " + i + " of " + cases
                        + " (replay with Property.replay(" + seed + "L, ...)): " + e.getMessage(), e);
                throw failure;
            }
        }
    }

    public static void forAll(String name, long baseSeed, Consumer<Gen> body) {
        forAll(name, baseSeed, DEFAULT_CASES, body);
    }

    /** Runs one case with the given (reported) seed. */
    public static void replay(long seed, Consumer<Gen> body) { body.accept(Gen.seeded(seed)); }

    /** SplitMix64 finaliser of {@code base + i}: well-spread seeds for consecutive cases. */
    static long caseSeed(long base, int i) {
        long z = base + 0x9E3779B97F4A7C15L * (i + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
