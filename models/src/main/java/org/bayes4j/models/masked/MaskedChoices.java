package org.bayes4j.models.masked;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.bayes4j.models.support.DataChecks;
import org.bayes4j.spi.model.DataVariable;
import org.bayes4j.spi.model.ModelData;

/**
 * Choice counts with category availability (catalogue model 4): observation
 * {@code i} splits {@code N_i} trials over {@code K} categories, the last one
 * ("other") the reference; {@code a_ik = 1} when category {@code k} could be
 * chosen, and an unavailable category has a structural zero count. An
 * observation belongs to cluster {@code c[i]} and has one predictor
 * {@code x_i}.
 *
 * <p>Layout (Stan-style JSON or {@link ModelData} built in code): matrices
 * {@code counts [N, K]} and {@code available [N, K]}, vectors
 * {@code cluster [N]} (0-based) and {@code x [N]}, optional scalar {@code C}
 * (the number of clusters, else {@code max(cluster) + 1}) and optional
 * {@code trials [N]} (must equal the row sums of the counts, which are the
 * trials used).
 *
 * <p>Checks, each failing with the source, the variable, the (1-based) row
 * and column, and the value: counts are non-negative integers; availability
 * is 0 or 1, with at least one available category per row, and no positive
 * count in an unavailable category; clusters index {@code 0..C-1}; {@code x}
 * is finite; every variable has the rows of {@code counts}.
 *
 * @param counts    row-major {@code N x K}
 * @param available row-major {@code N x K} of 0/1, or {@code null} when the model does not read it
 * @param cluster   per row, or {@code null} when the model does not read it
 * @param x         the predictor, per row
 * @param numClusters {@code C}, or 0 without clusters
 */
record MaskedChoices(int[] counts, int[] available, int[] cluster, double[] x, int numCategories, int numClusters) {

    static final String COUNTS = "counts";
    static final String AVAILABLE = "available";
    static final String CLUSTER = "cluster";
    static final String X = "x";
    static final String NUM_CLUSTERS = "C";
    static final String TRIALS = "trials";
    /** Label of the last category, the reference whose logit is 0. */
    static final String REFERENCE = "other";

    MaskedChoices {
        counts = counts.clone();
        available = available == null ? null : available.clone();
        cluster = cluster == null ? null : cluster.clone();
        x = x.clone();
    }

    @Override public int[] counts() { return counts.clone(); }
    @Override public int[] available() { return available == null ? null : available.clone(); }
    @Override public int[] cluster() { return cluster == null ? null : cluster.clone(); }
    @Override public double[] x() { return x.clone(); }

    int rows() { return x.length; }

    int count(int i, int k) { return counts[i * numCategories + k]; }

    /** {@code N_i}, the row sums of the counts. */
    int[] trials() {
        int[] n = new int[rows()];
        for (int i = 0; i < n.length; i++) for (int k = 0; k < numCategories; k++) n[i] += count(i, k);
        return n;
    }

    /** Category labels {@code c0 .. c<K-2>, other}. */
    List<String> categoryLabels() { return categoryLabels(numCategories); }

    /** Labels of the non-reference categories, {@code c0 .. c<K-2>}. */
    List<String> choiceLabels() { return categoryLabels().subList(0, numCategories - 1); }

    static List<String> categoryLabels(int k) {
        List<String> labels = new ArrayList<>();
        for (int c = 0; c < k - 1; c++) labels.add("c" + c);
        labels.add(REFERENCE);
        return labels;
    }

    /** The rows kept where {@code keep[i]}, in order (the training data of a fold). */
    MaskedChoices rows(boolean[] keep) {
        int n = 0;
        for (boolean b : keep) if (b) n++;
        int k = numCategories;
        int[] c = new int[n * k];
        int[] a = available == null ? null : new int[n * k];
        int[] cl = cluster == null ? null : new int[n];
        double[] xs = new double[n];
        int row = 0;
        for (int i = 0; i < keep.length; i++) {
            if (!keep[i]) continue;
            System.arraycopy(counts, i * k, c, row * k, k);
            if (a != null) System.arraycopy(available, i * k, a, row * k, k);
            if (cl != null) cl[row] = cluster[i];
            xs[row] = x[i];
            row++;
        }
        return new MaskedChoices(c, a, cl, xs, k, numClusters);
    }

    /** The given rows (0-based, ascending), in order. */
    MaskedChoices rows(int[] indices) {
        boolean[] keep = new boolean[rows()];
        for (int i : indices) keep[i] = true;
        return rows(keep);
    }

    /** This data set as {@link ModelData}, in the layout {@link #read} reads. */
    ModelData toModelData(String source) {
        ModelData.Builder b = ModelData.builder(source);
        int n = rows();
        b.put(COUNTS, counts, n, numCategories);
        if (available != null) b.put(AVAILABLE, available, n, numCategories);
        if (cluster != null) {
            b.put(CLUSTER, cluster, n);
            b.scalar(NUM_CLUSTERS, numClusters);
        }
        b.put(X, x, n);
        return b.build();
    }

    /**
     * Reads and checks the data; {@code withAvailability} and
     * {@code withClusters} say which optional parts the model needs (they are
     * then required, and otherwise ignored).
     */
    static MaskedChoices read(ModelData data, boolean withAvailability, boolean withClusters) {
        int[] shape = matrixShape(data, COUNTS);
        int n = shape[0], k = shape[1];
        if (k < 2) {
            throw new IllegalArgumentException(data.source() + ": variable '" + COUNTS + "' has " + k
                    + " columns, but a multinomial needs at least 2 categories");
        }
        int[] counts = integerMatrix(data, COUNTS, k, 0, Integer.MAX_VALUE, "counts must be >= 0");
        int[] available = null;
        if (withAvailability) {
            int[] availableShape = matrixShape(data, AVAILABLE);
            if (!Arrays.equals(shape, availableShape)) {
                throw new IllegalArgumentException(data.source() + ": variable '" + AVAILABLE + "' has shape " + Arrays.toString(availableShape)
                        + ", but must have the shape of '" + COUNTS + "' " + Arrays.toString(shape));
            }
            available = integerMatrix(data, AVAILABLE, k, 0, 1, "must be 0 or 1");
            checkAvailability(data, counts, available, n, k);
        }
        double[] x = DataChecks.finiteVector(data, X);
        DataChecks.requireLength(data, X, x.length, n, "'" + COUNTS + "'");
        int[] cluster = null;
        int numClusters = 0;
        if (withClusters) {
            numClusters = numClusters(data);
            cluster = DataChecks.indexVector(data, CLUSTER, numClusters, "a cluster");
            DataChecks.requireLength(data, CLUSTER, cluster.length, n, "'" + COUNTS + "'");
        }
        MaskedChoices read = new MaskedChoices(counts, available, cluster, x, k, numClusters);
        if (data.has(TRIALS)) checkTrials(data, read);
        return read;
    }

    private static int[] matrixShape(ModelData data, String name) {
        if (!data.has(name)) {
            throw new IllegalArgumentException(data.source() + ": missing variable '" + name + "'; present: " + data.names());
        }
        int[] shape = data.shape(name);
        if (shape.length != 2) {
            throw new IllegalArgumentException(data.source() + ": variable '" + name + "' has shape " + Arrays.toString(shape)
                    + ", but must be a matrix [N, K] (one row per observation, one column per category)");
        }
        return shape;
    }

    /** Integer entries in {@code [min, max]}; fails naming row, column and value. */
    private static int[] integerMatrix(ModelData data, String name, int k, int min, int max, String expectation) {
        double[] values = data.doubles(name);
        int[] out = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) throw cellError(data, name, i, k, format(v), "must be an integer");
            if (v < min || v > max) throw cellError(data, name, i, k, format(v), expectation);
            out[i] = (int) v;
        }
        return out;
    }

    /** Every row has an available category, and unavailable categories have zero counts (structural zeros). */
    private static void checkAvailability(ModelData data, int[] counts, int[] available, int n, int k) {
        for (int i = 0; i < n; i++) {
            int open = 0;
            for (int c = 0; c < k; c++) {
                open += available[i * k + c];
                if (available[i * k + c] == 0 && counts[i * k + c] > 0) {
                    throw cellError(data, COUNTS, i * k + c, k, Integer.toString(counts[i * k + c]),
                            "category " + (c + 1) + " is unavailable in row " + (i + 1) + " ('" + AVAILABLE + "' is 0 there), so its count must be 0");
                }
            }
            if (open == 0) {
                throw new IllegalArgumentException(data.source() + ": variable '" + AVAILABLE + "' row " + (i + 1)
                        + " is all 0, but at least one category must be available");
            }
        }
    }

    /** {@code C} when given (a positive integer), else one more than the largest cluster index. */
    private static int numClusters(ModelData data) {
        if (data.has(NUM_CLUSTERS)) {
            double c = data.scalar(NUM_CLUSTERS);
            if (c != Math.rint(c) || c < 1 || c > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(data.source() + ": variable '" + NUM_CLUSTERS + "' is " + format(c)
                        + ", but must be a positive integer (the number of clusters)");
            }
            return (int) c;
        }
        if (!data.has(CLUSTER)) {
            throw new IllegalArgumentException(data.source() + ": missing variable '" + CLUSTER + "'; present: " + data.names());
        }
        int max = -1;
        for (int c : data.ints(CLUSTER)) max = Math.max(max, c);
        return Math.max(max + 1, 1);
    }

    private static void checkTrials(ModelData data, MaskedChoices read) {
        int[] given = DataChecks.countVector(data, TRIALS);
        DataChecks.requireLength(data, TRIALS, given.length, read.rows(), "'" + COUNTS + "'");
        int[] sums = read.trials();
        for (int i = 0; i < given.length; i++) {
            if (given[i] != sums[i]) {
                throw new IllegalArgumentException(data.source() + ": variable '" + TRIALS + "' row " + (i + 1) + " is " + given[i]
                        + ", but the counts of row " + (i + 1) + " sum to " + sums[i]);
            }
        }
    }

    private static IllegalArgumentException cellError(ModelData data, String name, int flat, int k, String value, String expectation) {
        return new IllegalArgumentException(data.source() + ": variable '" + name + "' row " + (flat / k + 1) + ", column " + (flat % k + 1)
                + " is " + value + ", but " + expectation);
    }

    private static String format(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
    }

    /** The variables read, for {@code ModelProvider.dataVariables()}. */
    static List<DataVariable> variables(boolean withAvailability, boolean withClusters) {
        List<DataVariable> v = new ArrayList<>();
        v.add(new DataVariable(COUNTS, "int", "[N, K]", true,
                "choice counts of each observation over K categories; the last column is the reference category 'other'"));
        if (withAvailability) {
            v.add(new DataVariable(AVAILABLE, "int", "[N, K]", true,
                    "1 where the category was available to the observation, 0 where not (its count must then be 0); at least one 1 per row"));
        }
        if (withClusters) {
            v.add(new DataVariable(CLUSTER, "int", "[N]", true, "0-based cluster (subject) of each observation, in 0..C-1"));
            v.add(new DataVariable(NUM_CLUSTERS, "int", "scalar", false, "number of clusters C; when absent, max(cluster) + 1"));
        }
        v.add(new DataVariable(X, "real", "[N]", true, "the predictor of each observation"));
        v.add(new DataVariable(TRIALS, "int", "[N]", false, "trials per observation; when given it must equal the row sums of 'counts'"));
        return List.copyOf(v);
    }
}
