package org.bayes4j.models.factors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import org.bayes4j.models.support.DataChecks;
import org.bayes4j.spi.model.DataVariable;
import org.bayes4j.spi.model.ModelData;

/**
 * Reads the data of the grouping-factor regressions (MODELS.md 8a, 8b) into
 * {@link FactorRows}, checking every value before anything is sampled.
 *
 * <p>Variables:
 * <ul>
 * <li>{@code group} and {@code colour} (alias {@code color}), one per row:
 *     either text labels, whose distinct values sorted in string order become
 *     the levels ({@code g1, g2, ...}; {@code blue, green, red}), or 0-based
 *     integer indices, with as many levels as the optional size {@code G}
 *     (resp. {@code C}) declares, else the largest index plus one;</li>
 * <li>{@code X} (alias {@code x}), the real feature matrix {@code [N, F]}
 *     (a vector {@code [N]} is one feature), with optional text
 *     {@code feature_labels} {@code [F]}, else the features are called
 *     {@code x1..xF}; or, without {@code X} (a CSV file), every other column
 *     is a feature, named by its header;</li>
 * <li>{@code y}, the real response {@code [N]};</li>
 * <li>optional sizes {@code N} and {@code F}, which must agree with the data.</li>
 * </ul>
 * A bad value fails naming the source, the variable, the (1-based) row and
 * the value: an index out of range, a non-integer index, a non-finite
 * feature or response, rows of unequal length.
 */
final class FactorData {

    private FactorData() {}

    /** The checked rows of {@code data}. */
    static FactorRows read(ModelData data) {
        double[] y = DataChecks.finiteVector(data, "y");
        int n = y.length;
        if (n == 0) throw new IllegalArgumentException(data.source() + ": variable 'y' has no rows, but needs at least one");
        DataChecks.checkDeclaredSize(data, "N", n, "y");
        Factor group = factor(data, n, "group", "G", "group");
        Factor colour = factor(data, n, DataChecks.firstPresent(data, "colour", "color"), "C", "colour");
        if (!data.has("X") && !data.has("x")) return withFeatureColumns(data, n, y, group, colour);
        String xName = DataChecks.firstPresent(data, "X", "x");
        int[] shape = data.shape(xName);
        if (shape.length == 0 || shape.length > 2 || shape[0] != n) {
            throw new IllegalArgumentException(data.source() + ": variable '" + xName + "' has shape " + Arrays.toString(shape)
                    + ", but must be [N, F] with N = " + n + " rows (as 'y')");
        }
        int f = shape.length == 1 ? 1 : shape[1];
        checkDeclaredFeatures(data, f, "'" + xName + "' has " + f + " columns");
        List<String> features = featureLabels(data, f);
        double[] x = data.doubles(xName);
        for (int k = 0; k < x.length; k++) {
            if (!Double.isFinite(x[k])) {
                throw new IllegalArgumentException(data.source() + ": variable '" + xName + "' row " + (k / f + 1) + " column "
                        + features.get(k % f) + " is " + x[k] + ", but must be finite");
            }
        }
        return new FactorRows(group.index, colour.index, x, y, group.levels, colour.levels, features);
    }

    /**
     * A table without {@code X} (a CSV file): every column other than the
     * response, the factors and the sizes is a feature, in the order of the
     * columns, named by its header, as R's {@code y ~ .} reads a data frame.
     */
    private static FactorRows withFeatureColumns(ModelData data, int n, double[] y, Factor group, Factor colour) {
        List<String> features = new ArrayList<>();
        for (String name : data.names()) {
            if (!NOT_FEATURES.contains(name)) features.add(name);
        }
        if (features.isEmpty()) {
            throw new IllegalArgumentException(data.source() + ": missing variable 'X' (alias 'x'), the features [N, F], or feature "
                    + "columns beside " + NOT_FEATURES + "; present: " + data.names());
        }
        checkDeclaredFeatures(data, features.size(), "the data have " + features.size() + " feature columns " + features);
        int f = features.size();
        double[] x = new double[n * f];
        for (int j = 0; j < f; j++) {
            double[] column = DataChecks.finiteVector(data, features.get(j));
            DataChecks.requireLength(data, features.get(j), column.length, n, "'y'");
            for (int i = 0; i < n; i++) x[i * f + j] = column[i];
        }
        return new FactorRows(group.index, colour.index, x, y, group.levels, colour.levels, features);
    }

    /** The variables that are never features. */
    private static final List<String> NOT_FEATURES = List.of("y", "group", "colour", "color", "feature_labels", "N", "F", "G", "C");

    private static void checkDeclaredFeatures(ModelData data, int f, String measured) {
        if (data.has("F") && data.scalar("F") != f) {
            throw new IllegalArgumentException(data.source() + ": variable 'F' is " + count(data.scalar("F")) + ", but " + measured);
        }
    }

    /** The index of each row into the levels of one grouping factor. */
    private record Factor(int[] index, List<String> levels) {}

    private static Factor factor(ModelData data, int rows, String name, String sizeName, String what) {
        List<String> cells = data.strings(name);
        DataChecks.requireLength(data, name, cells.size(), rows, "'y'");
        return cells.stream().allMatch(FactorData::isNumber)
                ? indices(data, name, sizeName, what)
                : labels(data, name, cells, sizeName);
    }

    /** 0-based indices: levels {@code 0..K-1}, K declared by {@code sizeName} or the largest index plus one. */
    private static Factor indices(ModelData data, String name, String sizeName, String what) {
        DataChecks.vector(data, name);
        int[] index = data.ints(name);
        int declared = -1;
        if (data.has(sizeName)) {
            double k = data.scalar(sizeName);
            if (k != Math.rint(k) || k < 1) {
                throw new IllegalArgumentException(data.source() + ": variable '" + sizeName + "' is " + count(k) + ", but must be a number of "
                        + what + "s >= 1");
            }
            declared = (int) k;
        }
        int max = 0;
        for (int i = 0; i < index.length; i++) {
            boolean outside = index[i] < 0 || (declared > 0 && index[i] >= declared);
            if (outside) {
                String range = declared > 0 ? "in 0.." + (declared - 1) + " (" + sizeName + " = " + declared + ")" : ">= 0";
                throw new IllegalArgumentException(data.source() + ": variable '" + name + "' row " + (i + 1) + " is " + index[i]
                        + ", but must be a " + what + " index " + range + "; indices count from 0");
            }
            max = Math.max(max, index[i]);
        }
        int levels = declared > 0 ? declared : max + 1;
        List<String> labels = new ArrayList<>(levels);
        for (int k = 0; k < levels; k++) labels.add(Integer.toString(k));
        return new Factor(index, labels);
    }

    /** Text labels: the distinct labels in string order are the levels. */
    private static Factor labels(ModelData data, String name, List<String> cells, String sizeName) {
        List<String> levels = new ArrayList<>(new TreeSet<>(cells.stream().map(String::trim).toList()));
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).isBlank()) {
                throw new IllegalArgumentException(data.source() + ": variable '" + name + "' row " + (i + 1) + " is blank, but must be a label");
            }
        }
        if (data.has(sizeName) && data.scalar(sizeName) != levels.size()) {
            throw new IllegalArgumentException(data.source() + ": variable '" + sizeName + "' is " + count(data.scalar(sizeName)) + ", but '"
                    + name + "' has " + levels.size() + " distinct labels " + levels);
        }
        int[] index = new int[cells.size()];
        for (int i = 0; i < index.length; i++) index[i] = levels.indexOf(cells.get(i).trim());
        return new Factor(index, levels);
    }

    private static List<String> featureLabels(ModelData data, int f) {
        List<String> given = DataChecks.optionalLabels(data, "feature_labels", f, "the columns of 'X'");
        if (given != null) return given;
        List<String> names = new ArrayList<>(f);
        for (int j = 1; j <= f; j++) names.add("x" + j);
        return names;
    }

    /** A declared size as a person wrote it: {@code 3}, not {@code 3.0}. */
    private static String count(double size) {
        return size == Math.rint(size) && Math.abs(size) < 1e15 ? Long.toString((long) size) : Double.toString(size);
    }

    private static boolean isNumber(String cell) {
        try {
            Double.parseDouble(cell.trim());
            return !cell.isBlank();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static List<DataVariable> variables() {
        return List.of(
                new DataVariable("group", "string", "[N]", true, "group of each row: a label, or a 0-based integer index (then 'G' may declare the number of groups)"),
                new DataVariable("colour", "string", "[N]", true, "colour of each row: a label, or a 0-based integer index (then 'C' may declare the number of colours); alias 'color'"),
                new DataVariable("X", "real", "[N, F]", false, "features, one column per feature (alias 'x'; a vector is one feature); without X, every other column is a feature"),
                new DataVariable("y", "real", "[N]", true, "response"),
                new DataVariable("feature_labels", "string", "[F]", false, "names of the columns of X (default x1..xF)"),
                new DataVariable("G", "int", "scalar", false, "number of groups when 'group' holds indices (default: largest index + 1)"),
                new DataVariable("C", "int", "scalar", false, "number of colours when 'colour' holds indices (default: largest index + 1)"),
                new DataVariable("N", "int", "scalar", false, "number of rows; when given it must equal the rows of the data"),
                new DataVariable("F", "int", "scalar", false, "number of features; when given it must equal the columns of X"));
    }
}
