package org.bayes4j.spi.constraint;

import java.util.Arrays;

/** Shape arithmetic shared by constraints and their users. */
public final class Shapes {
    private Shapes() {}

    public static int size(int[] shape) {
        int n = 1;
        for (int s : shape) n *= s;
        return n;
    }

    /** Product of the leading {@code shape.length - eventRank} axes. */
    public static int batchSize(int[] shape, int eventRank) {
        int n = 1;
        for (int a = 0; a < shape.length - eventRank; a++) n *= shape[a];
        return n;
    }

    /** The trailing {@code eventRank} axes. */
    public static int[] eventShape(int[] shape, int eventRank) {
        return Arrays.copyOfRange(shape, shape.length - eventRank, shape.length);
    }

    /** The leading axes before the event. */
    public static int[] batchShape(int[] shape, int eventRank) {
        return Arrays.copyOfRange(shape, 0, shape.length - eventRank);
    }

    /** The last axis size, checking that it exists. */
    public static int last(int[] shape) {
        if (shape.length == 0) throw new IllegalArgumentException("expected a value of rank at least 1, got a scalar");
        return shape[shape.length - 1];
    }
}
