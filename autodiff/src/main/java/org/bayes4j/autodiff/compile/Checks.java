package org.bayes4j.autodiff.compile;

import java.util.Arrays;

import org.bayes4j.spi.constraint.Constraint;

/**
 * Validation of observed data and index arrays, with Stan-style messages that
 * name the variable, the index, the value and the expectation
 * ({@code survived: observed 'surv'[3] is -1, but must be nonnegative_integer}).
 * Used when the model compiles and whenever data are replaced.
 */
public final class Checks {

    private Checks() {}

    /** A number as a person reads it: integers without a trailing {@code .0}. */
    public static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }

    /** Checks every event of observed data against the support. */
    public static void observed(DataSlot.ObservedUse use, String dataName, double[] values) {
        Constraint support = use.support();
        int rank = Math.max(use.eventRank(), support.eventRank());
        int[] shape = use.shape();
        int[] eventShape = Arrays.copyOfRange(shape, Math.max(0, shape.length - rank), shape.length);
        int eventSize = 1;
        for (int s : eventShape) eventSize *= s;
        if (eventSize == 0) return;
        int events = values.length / eventSize;
        double[] event = new double[eventSize];
        for (int e = 0; e < events; e++) {
            System.arraycopy(values, e * eventSize, event, 0, eventSize);
            if (!support.contains(event, eventShape)) {
                String shown = eventSize == 1 ? number(event[0]) : Arrays.toString(event);
                throw new IllegalArgumentException(use.variable() + ": observed '" + dataName + "'[" + e + "] is " + shown
                        + ", but must be " + support.name());
            }
        }
    }

    /** Checks that index data are integers in {@code 0 .. axisSize-1}. */
    public static void index(DataSlot.IndexUse use, String dataName, double[] values) {
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (!(v >= 0 && v < use.axisSize() && v == Math.rint(v))) {
                throw new IllegalArgumentException("index '" + dataName + "'[" + i + "] is " + number(v) + ", but '" + use.target()
                        + "' axis " + use.axis() + " has size " + use.axisSize() + " (valid 0.." + (use.axisSize() - 1) + ")");
            }
        }
    }

    /** Checks that integer data stay integer. */
    public static void integers(String dataName, double[] values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] != Math.rint(values[i]) || Double.isInfinite(values[i])) {
                throw new IllegalArgumentException("data '" + dataName + "'[" + i + "] is " + values[i] + ", but must be an integer");
            }
        }
    }
}
