package org.bayes4j.models.iris;

import java.util.Arrays;
import java.util.List;

import org.bayes4j.models.support.DataChecks;
import org.bayes4j.spi.model.DataVariable;
import org.bayes4j.spi.model.ModelData;

/**
 * Fisher's iris measurements (Fisher 1936; Anderson 1935) as the categorical
 * regressions read them: four predictors per flower and its species.
 *
 * <p>Two layouts are read.
 * <ul>
 * <li>Columns, as in {@code iris.csv}: {@code sepal_length}, {@code sepal_width},
 *     {@code petal_length}, {@code petal_width} (reals) and either
 *     {@code species} (text: {@code setosa}, {@code versicolor} or
 *     {@code virginica}) or {@code y} (the category as an integer
 *     {@code 0..2} in that order). Other columns are ignored.</li>
 * <li>Stan-style JSON: {@code x} (alias {@code X}), a real matrix
 *     {@code [N, 4]} whose columns are the four measurements in the order above,
 *     and {@code y}, integers {@code [N]} counted from 0; optionally {@code N}
 *     (rows), {@code P} (must be 4) and {@code K} (must be 3). Stan counts
 *     categories from 1: a Stan data file's {@code y} needs 1 subtracted.</li>
 * </ul>
 * When a layout's names are both present, the column names win
 * ({@code species} over {@code y}, the four columns over {@code x}).
 *
 * <p>Checks, each failing with a message naming the source, the variable, the
 * (1-based) row and the value: a missing variable, a non-numeric or non-finite
 * measurement, an unknown species label, a category outside {@code 0..K-1}, a
 * non-integer category, rows of unequal length, and sizes {@code N, P, K} that
 * disagree with the data.
 */
final class IrisData {

    /** The predictors, in the order of the columns of {@code x} and of the {@code feature} dim. */
    static final List<String> FEATURES = List.of("sepal_length", "sepal_width", "petal_length", "petal_width");

    /** The categories, in the order of their indices and of the {@code species} dim; setosa is the pivot of model 1a. */
    static final List<String> SPECIES = List.of("setosa", "versicolor", "virginica");

    private IrisData() {}

    /** The flowers of {@code data}, checked, with the predictors as given (not yet centred). */
    static Flowers read(ModelData data) {
        boolean columns = FEATURES.stream().anyMatch(data::has) || !(data.has("x") || data.has("X"));
        double[] x = columns ? columnPredictors(data) : matrixPredictors(data);
        int rows = x.length / FEATURES.size();
        String responseName = DataChecks.firstPresent(data, "species", "y");
        int[] species = responseName.equals("species") ? labels(data) : categories(data);
        DataChecks.requireLength(data, responseName, species.length, rows,
                columns ? "'" + FEATURES.get(0) + "'" : "'" + DataChecks.firstPresent(data, "x", "X") + "'");
        DataChecks.checkDeclaredSize(data, "N", rows, responseName);
        requireConstant(data, "P", FEATURES.size(), "predictors " + FEATURES);
        requireConstant(data, "K", SPECIES.size(), "species " + SPECIES);
        if (rows == 0) {
            throw new IllegalArgumentException(data.source() + ": variable '" + responseName + "' has no rows, but needs at least one flower");
        }
        return new Flowers(x, species);
    }

    private static double[] columnPredictors(ModelData data) {
        int p = FEATURES.size();
        double[][] columns = new double[p][];
        for (int j = 0; j < p; j++) {
            String name = FEATURES.get(j);
            if (!data.has(name)) {
                throw new IllegalArgumentException(data.source() + ": missing variable '" + name + "' (the predictors are columns "
                        + FEATURES + ", or a matrix 'x' [N, 4]); present: " + data.names());
            }
            columns[j] = DataChecks.finiteVector(data, name);
            if (j > 0) DataChecks.requireLength(data, name, columns[j].length, columns[0].length, "'" + FEATURES.get(0) + "'");
        }
        int n = columns[0].length;
        double[] x = new double[n * p];
        for (int i = 0; i < n; i++) for (int j = 0; j < p; j++) x[i * p + j] = columns[j][i];
        return x;
    }

    private static double[] matrixPredictors(ModelData data) {
        String name = DataChecks.firstPresent(data, "x", "X");
        int[] shape = data.shape(name);
        int p = FEATURES.size();
        if (shape.length != 2 || shape[1] != p) {
            throw new IllegalArgumentException(data.source() + ": variable '" + name + "' has shape " + Arrays.toString(shape)
                    + ", but must be [N, " + p + "] with columns " + FEATURES);
        }
        double[] x = data.doubles(name);
        for (int k = 0; k < x.length; k++) {
            if (!Double.isFinite(x[k])) {
                throw new IllegalArgumentException(data.source() + ": variable '" + name + "' row " + (k / p + 1) + " column "
                        + FEATURES.get(k % p) + " is " + x[k] + ", but must be finite");
            }
        }
        return x;
    }

    /** Species labels mapped to their category by the coordinates of the {@code species} dim. */
    private static int[] labels(ModelData data) {
        List<String> text = data.strings("species");
        int[] out = new int[text.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = SPECIES.indexOf(text.get(i).trim());
            if (out[i] < 0) {
                throw new IllegalArgumentException(data.source() + ": variable 'species' row " + (i + 1) + " is '" + text.get(i)
                        + "', but must be one of " + SPECIES);
            }
        }
        return out;
    }

    /** Integer categories {@code 0..K-1}. */
    private static int[] categories(ModelData data) {
        DataChecks.vector(data, "y");
        int[] y = data.ints("y");
        int k = SPECIES.size();
        for (int i = 0; i < y.length; i++) {
            if (y[i] < 0 || y[i] >= k) {
                String hint = y[i] == k ? " (categories count from 0; Stan's 1-based y needs 1 subtracted)" : "";
                throw new IllegalArgumentException(data.source() + ": variable 'y' row " + (i + 1) + " is " + y[i]
                        + ", but must be a category in 0.." + (k - 1) + " (" + SPECIES + ")" + hint);
            }
        }
        return y;
    }

    private static void requireConstant(ModelData data, String name, int expected, String what) {
        if (!data.has(name)) return;
        double v = data.scalar(name);
        if (v != expected) {
            throw new IllegalArgumentException(data.source() + ": variable '" + name + "' is " + (v == Math.rint(v) ? Long.toString((long) v) : v)
                    + ", but this model has " + expected + " " + what);
        }
    }

    static List<DataVariable> variables() {
        return List.of(
                new DataVariable("sepal_length", "real", "[N]", false, "sepal length (cm); with the other three columns, or use the matrix 'x'"),
                new DataVariable("sepal_width", "real", "[N]", false, "sepal width (cm)"),
                new DataVariable("petal_length", "real", "[N]", false, "petal length (cm)"),
                new DataVariable("petal_width", "real", "[N]", false, "petal width (cm)"),
                new DataVariable("species", "string", "[N]", false, "species label: setosa, versicolor or virginica (or give 'y')"),
                new DataVariable("y", "int", "[N]", false, "species as a category 0..2 (0 = setosa, 1 = versicolor, 2 = virginica)"),
                new DataVariable("x", "real", "[N, 4]", false, "Stan-style predictor matrix, columns sepal_length, sepal_width, petal_length, petal_width (alias 'X')"),
                new DataVariable("N", "int", "scalar", false, "number of flowers; when given it must equal the rows of the data"),
                new DataVariable("P", "int", "scalar", false, "number of predictors; when given it must be 4"),
                new DataVariable("K", "int", "scalar", false, "number of species; when given it must be 3"));
    }
}
