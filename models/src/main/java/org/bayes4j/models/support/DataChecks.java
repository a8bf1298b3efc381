package org.bayes4j.models.support;

import java.util.Arrays;
import java.util.List;

import org.bayes4j.spi.model.ModelData;

/**
 * Checks of a model's input data, with messages in Stan's style: they name
 * where the data came from, the variable, the (1-based) row, the value found
 * and what was expected, e.g.
 * {@code reedfrogs.csv: variable 'surv' row 7 is 12, but must be <= density (10)}.
 * Rows are counted from 1, as a person reads a CSV file or a JSON array, and
 * as {@link ModelData#ints} and {@link ModelData#counts} count them.
 *
 * <p>Every method returns the checked values, so a provider reads and checks
 * a variable in one statement.
 */
public final class DataChecks {

    private DataChecks() {}

    /**
     * The first of {@code names} present in {@code data}: a variable and its
     * aliases ({@code density}, or Stan's {@code D}). Fails listing all the
     * accepted names and what the data holds.
     */
    public static String firstPresent(ModelData data, String... names) {
        for (String name : names) {
            if (data.has(name)) return name;
        }
        String accepted = names.length == 1 ? "'" + names[0] + "'"
                : "'" + names[0] + "' (or its alias " + quoteAll(Arrays.copyOfRange(names, 1, names.length)) + ")";
        throw new IllegalArgumentException(data.source() + ": missing variable " + accepted + "; present: " + data.names());
    }

    /** A one-dimensional numeric variable (a column); fails naming its shape otherwise. */
    public static double[] vector(ModelData data, String name) {
        int[] shape = data.shape(name);
        if (shape.length > 1) {
            throw new IllegalArgumentException(data.source() + ": variable '" + name + "' has shape " + Arrays.toString(shape)
                    + ", but must be a vector");
        }
        return data.doubles(name);
    }

    /** A vector of finite reals (no NaN, no infinity). */
    public static double[] finiteVector(ModelData data, String name) {
        double[] v = vector(data, name);
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) throw rowError(data, name, i, Double.toString(v[i]), "must be finite");
        }
        return v;
    }

    /** A vector of finite, strictly positive reals (standard deviations, scales). */
    public static double[] positiveVector(ModelData data, String name) {
        double[] v = finiteVector(data, name);
        for (int i = 0; i < v.length; i++) {
            if (!(v[i] > 0)) throw rowError(data, name, i, Double.toString(v[i]), "must be positive");
        }
        return v;
    }

    /** A vector of non-negative integers (counts); non-integers and negative values fail naming the row. */
    public static int[] countVector(ModelData data, String name) {
        vector(data, name);
        return data.counts(name);
    }

    /**
     * A vector of integers in {@code min..max} (ordinal responses, 0/1
     * indicators); a non-integer or a value out of range fails naming the
     * row, the value and {@code expectation} ({@code "a response in 1..7"}).
     */
    public static int[] integerVectorIn(ModelData data, String name, int min, int max, String expectation) {
        vector(data, name);
        int[] v = data.ints(name);
        for (int i = 0; i < v.length; i++) {
            if (v[i] < min || v[i] > max) throw rowError(data, name, i, Integer.toString(v[i]), "must be " + expectation);
        }
        return v;
    }

    /**
     * A vector of 0-based indices into an axis of {@code size} entries (a
     * cluster or group index): each row must be an integer in
     * {@code 0..size-1}; fails naming the row, the value and the range.
     */
    public static int[] indexVector(ModelData data, String name, int size, String axis) {
        vector(data, name);
        int[] v = data.ints(name);
        for (int i = 0; i < v.length; i++) {
            if (v[i] < 0 || v[i] >= size) {
                throw rowError(data, name, i, Integer.toString(v[i]), "must be " + axis + " index in 0.." + (size - 1));
            }
        }
        return v;
    }

    /** Fails unless {@code values} has {@code expected} elements, naming the variable that fixed the length. */
    public static void requireLength(ModelData data, String name, int actual, int expected, String fixedBy) {
        if (actual != expected) {
            throw new IllegalArgumentException(data.source() + ": variable '" + name + "' has " + actual + " rows, but "
                    + fixedBy + " has " + expected);
        }
    }

    /**
     * An optional size declaration such as Stan's {@code N} or {@code J}: when
     * present it must be a single integer equal to the length of the data.
     */
    public static void checkDeclaredSize(ModelData data, String sizeName, int actual, String measuredBy) {
        if (!data.has(sizeName)) return;
        double declared = data.scalar(sizeName);
        if (declared != actual) {
            throw new IllegalArgumentException(data.source() + ": variable '" + sizeName + "' is " + format(declared)
                    + ", but '" + measuredBy + "' has " + actual + " rows");
        }
    }

    /** Fails at the first row where {@code values[i] > bounds[i]}, e.g. survivors above the number of tadpoles. */
    public static void requireAtMost(ModelData data, String name, int[] values, String boundName, int[] bounds) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] > bounds[i]) {
                throw rowError(data, name, i, Integer.toString(values[i]), "must be <= " + boundName + " (" + bounds[i] + ")");
            }
        }
    }

    /** Optional text labels (coordinates); {@code null} when absent. Labels must be distinct and as many as the rows. */
    public static List<String> optionalLabels(ModelData data, String name, int rows, String fixedBy) {
        if (!data.has(name)) return null;
        List<String> labels = data.strings(name);
        requireLength(data, name, labels.size(), rows, fixedBy);
        for (int i = 0; i < labels.size(); i++) {
            if (labels.indexOf(labels.get(i)) != i) {
                throw rowError(data, name, i, "'" + labels.get(i) + "'", "must differ from row " + (labels.indexOf(labels.get(i)) + 1));
            }
        }
        return labels;
    }

    private static IllegalArgumentException rowError(ModelData data, String name, int index, String value, String expectation) {
        return new IllegalArgumentException(data.source() + ": variable '" + name + "' row " + (index + 1) + " is " + value
                + ", but " + expectation);
    }

    private static String format(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
    }

    private static String quoteAll(String[] names) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            if (i > 0) b.append(i == names.length - 1 ? " or " : ", ");
            b.append('\'').append(names[i]).append('\'');
        }
        return b.toString();
    }
}
