package org.bayes4j.testkit;

import java.util.Arrays;

/**
 * Comparisons that name what failed: the quantity, the index, both values and
 * the tolerance. A value is close to a reference when
 * {@code |a - b| <= abs + rel * max(|a|, |b|)}; NaN is never close to anything.
 */
public final class Tolerance {

    private Tolerance() {}

    public static boolean close(double a, double b, double rel, double abs) {
        if (Double.isNaN(a) || Double.isNaN(b)) return false;
        if (a == b) return true; // equal infinities
        return Math.abs(a - b) <= abs + rel * Math.max(Math.abs(a), Math.abs(b));
    }

    public static void assertClose(String what, double actual, double expected, double rel, double abs) {
        if (!close(actual, expected, rel, abs)) {
            throw new AssertionError(what + " is " + actual + ", expected " + expected + " (|diff| " + Math.abs(actual - expected)
                    + " > " + abs + " + " + rel + " * scale)");
        }
    }

    public static void assertClose(String what, double[] actual, double[] expected, double rel, double abs) {
        if (actual.length != expected.length) {
            throw new AssertionError(what + " has length " + actual.length + ", expected " + expected.length);
        }
        for (int i = 0; i < actual.length; i++) {
            if (!close(actual[i], expected[i], rel, abs)) {
                throw new AssertionError(what + "[" + i + "] is " + actual[i] + ", expected " + expected[i] + " (|diff| "
                        + Math.abs(actual[i] - expected[i]) + "); actual " + abbreviate(actual) + ", expected " + abbreviate(expected));
            }
        }
    }

    private static String abbreviate(double[] x) {
        return x.length <= 8 ? Arrays.toString(x) : Arrays.toString(Arrays.copyOf(x, 8)) + "...";
    }
}
