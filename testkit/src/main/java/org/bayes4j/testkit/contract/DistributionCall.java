package org.bayes4j.testkit.contract;

import java.util.Arrays;

import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.distribution.Operand;
import org.bayes4j.spi.distribution.Operands;

/**
 * One call of a scalar-event family laid out as the model compiler would: every operand a
 * view at a non-zero offset into a larger buffer (so a family that ignores offsets fails),
 * broadcast parameters held once with stride 0, and zeroed adjoint buffers whose cells before
 * and after the view hold {@link #SENTINEL}, so a write outside the view is detected. Evaluating twice
 * must double the adjoints, which shows partials are added rather than assigned.
 *
 * <p>{@code parameters[b][i]} is parameter {@code i} of event {@code b}; a broadcast parameter
 * takes event 0's value.
 */
public final class DistributionCall {

    /** Value of the adjoint cells around each view, which a family must never touch. */
    public static final double SENTINEL = 0.5;

    private static final int OFFSET = 3;

    private final int batch;
    private final int[] sizes;
    private final int valueSize;
    private final double[] valueData;
    private final double[] valueAdjoint;
    private final double[][] parameterData;
    private final double[][] parameterAdjoint;
    private final boolean[] broadcast;
    private final Operands operands;

    /**
     * A call of scalar parameters: {@code parameters[b][i]} is parameter {@code i} of event {@code b}.
     *
     * @param differentiate which operands get adjoint buffers: index 0 the value, {@code 1 + i} parameter {@code i};
     *                      {@code null} for none
     */
    public DistributionCall(double[] values, double[][] parameters, boolean[] broadcast, boolean[] differentiate) {
        this(values, parameters, ones(parameters[0].length), new int[parameters[0].length], broadcast, differentiate);
    }

    /**
     * A call whose parameter {@code i} has {@code sizes[i]} elements per event (1 for a scalar, {@code K}
     * for a vector of length {@code K}) and event rank {@code ranks[i]} (0 or 1); {@code parameters[b]}
     * concatenates event {@code b}'s parameters.
     */
    public DistributionCall(double[] values, double[][] parameters, int[] sizes, int[] ranks, boolean[] broadcast,
                            boolean[] differentiate) {
        this(values, new int[0], values.length, parameters, shapes(sizes, ranks), broadcast, differentiate);
    }

    /**
     * The general call: {@code batch} events whose values have shape {@code valueShape} (laid out event after
     * event in {@code values}) and whose parameter {@code i} has shape {@code parameterShapes[i]}.
     */
    public DistributionCall(double[] values, int[] valueShape, int batch, double[][] parameters, int[][] parameterShapes,
                            boolean[] broadcast, boolean[] differentiate) {
        this.batch = batch;
        this.valueSize = size(valueShape);
        int arity = parameterShapes.length;
        this.sizes = new int[arity];
        for (int i = 0; i < arity; i++) sizes[i] = size(parameterShapes[i]);
        this.broadcast = broadcast.clone();
        valueData = new double[OFFSET + batch * valueSize];
        System.arraycopy(values, 0, valueData, OFFSET, batch * valueSize);
        valueAdjoint = differentiate != null && differentiate[0] ? filled(OFFSET + batch * valueSize) : null;
        Operand value = Operand.of(valueData, valueAdjoint, OFFSET, false, valueShape);
        parameterData = new double[arity][];
        parameterAdjoint = new double[arity][];
        Operand[] ops = new Operand[arity];
        int start = 0;
        for (int i = 0; i < arity; i++) {
            int events = broadcast[i] ? 1 : batch;
            int size = sizes[i];
            parameterData[i] = new double[OFFSET + events * size];
            for (int b = 0; b < events; b++) System.arraycopy(parameters[b], start, parameterData[i], OFFSET + b * size, size);
            parameterAdjoint[i] = differentiate != null && differentiate[1 + i] ? filled(OFFSET + events * size) : null;
            ops[i] = Operand.of(parameterData[i], parameterAdjoint[i], OFFSET, broadcast[i], parameterShapes[i]);
            start += size;
        }
        operands = new Operands(batch, value, ops);
    }

    /** A call with no broadcast parameters and no adjoints. */
    public static DistributionCall plain(double[] values, double[][] parameters) {
        return new DistributionCall(values, parameters, new boolean[parameters[0].length], null);
    }

    /** A call with no broadcast parameters and no adjoints, with parameter sizes. */
    public static DistributionCall plain(double[] values, double[][] parameters, int[] sizes, int[] ranks) {
        return new DistributionCall(values, parameters, sizes, ranks, new boolean[sizes.length], null);
    }

    public Operands operands() { return operands; }

    public double logDensity(DistributionFamily family) { return family.logDensity(operands); }

    /** The adjoint accumulated so far, one per event (null when not differentiated). */
    public double[] valuePartials() { return partials(valueAdjoint, batch * valueSize); }

    /**
     * The adjoint of parameter {@code i}: {@code sizes[i]} elements per event, or for one event when broadcast.
     */
    public double[] parameterPartials(int i) { return partials(parameterAdjoint[i], (broadcast[i] ? 1 : batch) * sizes[i]); }


    private static double[] partials(double[] adjoint, int n) {
        if (adjoint == null) return null;
        double[] g = new double[n];
        System.arraycopy(adjoint, OFFSET, g, 0, n);
        return g;
    }

    /** True when an adjoint cell outside the operands' views was touched. */
    public boolean paddingTouched() {
        if (valueAdjoint != null && touched(valueAdjoint)) return true;
        for (double[] a : parameterAdjoint) if (a != null && touched(a)) return true;
        return false;
    }

    private static boolean touched(double[] adjoint) {
        for (int i = 0; i < OFFSET; i++) if (adjoint[i] != SENTINEL || adjoint[adjoint.length - 1 - i] != SENTINEL) return true;
        return false;
    }

    private static int size(int[] shape) {
        int n = 1;
        for (int s : shape) n *= s;
        return n;
    }

    private static int[][] shapes(int[] sizes, int[] ranks) {
        int[][] shapes = new int[sizes.length][];
        for (int i = 0; i < sizes.length; i++) shapes[i] = ranks[i] == 0 ? new int[0] : new int[] {sizes[i]};
        return shapes;
    }

    private static int[] ones(int n) {
        int[] a = new int[n];
        Arrays.fill(a, 1);
        return a;
    }

    /** An adjoint buffer for a view of {@code n - OFFSET} cells at {@code OFFSET}, padded on both sides. */
    private static double[] filled(int n) {
        double[] a = new double[n + OFFSET];
        Arrays.fill(a, 0, OFFSET, SENTINEL);
        Arrays.fill(a, n, n + OFFSET, SENTINEL);
        return a;
    }
}
