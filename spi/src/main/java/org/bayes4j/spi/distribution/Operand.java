package org.bayes4j.spi.distribution;

import java.util.Arrays;

/**
 * A view of one argument of a family call (the value or one parameter) over a
 * batch of events, with its adjoint buffer when it is not constant.
 *
 * <p>Event {@code b}'s elements start at {@code offset + b * stride}; a stride of
 * 0 broadcasts one event over the whole batch without copying it. The adjoint
 * buffer, when present, has the same layout, and partials are <em>added</em> to
 * it (so broadcast operands accumulate over the batch).
 *
 * <p>The model compiler points operands at its own buffers once and reuses
 * them on every evaluation, so a family call allocates nothing.
 */
public final class Operand {
    /** The {@link #version()} of an operand whose values may change at any time (the default). */
    public static final long UNVERSIONED = -1;

    private double[] data;
    private double[] adjoint;
    private int offset;
    private int stride;
    private int[] eventShape = new int[0];
    private int eventSize = 1;
    private long version = UNVERSIONED;

    /** An operand holding a copy-free view of {@code data}: {@code batch} events of the given shape, or one event broadcast when {@code broadcast}. */
    public static Operand of(double[] data, double[] adjoint, int offset, boolean broadcast, int... eventShape) {
        Operand o = new Operand();
        o.point(data, adjoint, offset, broadcast, eventShape);
        return o;
    }

    /** Re-points this operand (used by the compiler at set-up, never per evaluation). */
    public Operand point(double[] data, double[] adjoint, int offset, boolean broadcast, int... eventShape) {
        this.data = data;
        this.adjoint = adjoint;
        this.offset = offset;
        this.eventShape = eventShape.clone();
        int n = 1;
        for (int s : eventShape) n *= s;
        this.eventSize = n;
        this.stride = broadcast ? 0 : n;
        this.version = UNVERSIONED;
        return this;
    }

    /**
     * A version of this operand's values: while it stays the same and is not {@link #UNVERSIONED}, the
     * values are unchanged, so a family may keep what it derived from them (a multinomial's log
     * coefficients of its observed counts) without comparing them again. The model compiler versions the
     * operands that hold data or constants, and moves the version on whenever it reloads data; every other
     * operand, and every operand built or re-pointed elsewhere, is {@link #UNVERSIONED}: compare the values.
     */
    public long version() { return version; }

    /** Sets {@link #version()} (by the model compiler when it loads data, never per evaluation). */
    public Operand withVersion(long version) {
        this.version = version;
        return this;
    }

    /** Scalar-event value of event {@code b}. */
    public double get(int b) { return data[offset + b * stride]; }

    /** Element {@code j} of event {@code b}. */
    public double get(int b, int j) { return data[offset + b * stride + j]; }

    /** Adds {@code g} to the adjoint of scalar event {@code b}; a no-op when the operand is constant. */
    public void addAdjoint(int b, double g) { if (adjoint != null) adjoint[offset + b * stride] += g; }

    /** Adds {@code g} to the adjoint of element {@code j} of event {@code b}; a no-op when constant. */
    public void addAdjoint(int b, int j, double g) { if (adjoint != null) adjoint[offset + b * stride + j] += g; }

    public boolean hasAdjoint() { return adjoint != null; }

    public boolean isBroadcast() { return stride == 0; }

    /** Index into {@link #data()} of element 0 of event {@code b}. */
    public int start(int b) { return offset + b * stride; }

    public double[] data() { return data; }

    public double[] adjoint() { return adjoint; }

    public int offset() { return offset; }

    public int stride() { return stride; }

    public int eventSize() { return eventSize; }

    /** The event's shape; do not modify. */
    public int[] eventShape() { return eventShape; }

    /** Last axis of the event (the category count of a vector event). */
    public int eventLength() { return eventShape.length == 0 ? 1 : eventShape[eventShape.length - 1]; }

    @Override public String toString() {
        return "Operand(offset=" + offset + ", stride=" + stride + ", event=" + Arrays.toString(eventShape)
                + (adjoint == null ? ", constant)" : ")");
    }
}
