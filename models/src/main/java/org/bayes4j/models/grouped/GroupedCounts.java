package org.bayes4j.models.grouped;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.bayes4j.models.support.DataChecks;
import org.bayes4j.spi.model.DataVariable;
import org.bayes4j.spi.model.ModelData;

/**
 * Aggregated category counts: for each group {@code g}, the counts
 * {@code n_g = (n_g0, ..., n_g,K-1)} of {@code K >= 2} categories in
 * {@code N_g = sum_k n_gk} trials. Category 0 is the reference of the
 * logistic-normal model.
 *
 * <p>Two layouts are read:
 * <ul>
 *   <li>CSV, one row per group: count columns {@code n0, n1, ..., n<K-1>}
 *       (consecutive from {@code n0}; {@code K} is the number found), an
 *       optional {@code trials} column and an optional {@code group} column of
 *       labels;</li>
 *   <li>Stan-style JSON: a {@code counts} matrix {@code [G, K]}, optional
 *       scalars {@code G} and {@code K}, and optional trials {@code N} (or
 *       {@code trials}) of length {@code G}.</li>
 * </ul>
 * When {@code counts} is present it is used. The trials are the row sums of
 * the counts; a given trials column must equal them.
 *
 * <p>Checks, each failing with the variable, the (1-based) row and the value:
 * counts are non-negative integers; at least two categories, without a gap
 * in the numbered columns; declared sizes match; at least one group; trials
 * equal the row sums; group labels are distinct.
 *
 * @param counts  row-major {@code G x K}
 * @param trials  per group, the row sums
 * @param groups  group labels, or {@code null}
 */
record GroupedCounts(int[] counts, int[] trials, int numCategories, List<String> groups) {

    /** Name of the JSON count matrix. */
    static final String COUNTS = "counts";
    /** Prefix of the CSV count columns: {@code n0}, {@code n1}, ... */
    static final String COLUMN_PREFIX = "n";
    static final String TRIALS = "trials";
    static final String GROUP = "group";

    GroupedCounts {
        counts = counts.clone();
        trials = trials.clone();
        groups = groups == null ? null : List.copyOf(groups);
    }

    @Override public int[] counts() { return counts.clone(); }

    @Override public int[] trials() { return trials.clone(); }

    int numGroups() { return trials.length; }

    /** Count of category {@code k} in group {@code g}. */
    int count(int g, int k) { return counts[g * numCategories + k]; }

    /** Labels of the categories, {@code n0 .. n<K-1>}, in both layouts. */
    List<String> categoryLabels() {
        List<String> labels = new ArrayList<>();
        for (int k = 0; k < numCategories; k++) labels.add(COLUMN_PREFIX + k);
        return labels;
    }

    /** The groups kept where {@code keep[g]}, in order (the training data of a fold). */
    GroupedCounts subset(boolean[] keep) {
        int kept = 0;
        for (boolean k : keep) if (k) kept++;
        int[] c = new int[kept * numCategories];
        int[] n = new int[kept];
        List<String> labels = groups == null ? null : new ArrayList<>();
        int row = 0;
        for (int g = 0; g < keep.length; g++) {
            if (!keep[g]) continue;
            System.arraycopy(counts, g * numCategories, c, row * numCategories, numCategories);
            n[row] = trials[g];
            if (labels != null) labels.add(groups.get(g));
            row++;
        }
        return new GroupedCounts(c, n, numCategories, labels);
    }

    /** This data set in the CSV layout (count columns and trials), as the simulators write it. */
    ModelData toModelData(String source) {
        ModelData.Builder b = ModelData.builder(source);
        int g = numGroups();
        for (int k = 0; k < numCategories; k++) {
            int[] column = new int[g];
            for (int i = 0; i < g; i++) column[i] = count(i, k);
            b.put(COLUMN_PREFIX + k, column, g);
        }
        b.put(TRIALS, trials, g);
        if (groups != null) b.strings(GROUP, groups);
        return b.build();
    }

    static GroupedCounts read(ModelData data) {
        GroupedCounts read = data.has(COUNTS) ? readMatrix(data) : readColumns(data);
        if (read.numGroups() == 0) {
            throw new IllegalArgumentException(data.source() + ": the counts have no rows, but need at least one group");
        }
        String trialsName = data.has(TRIALS) ? TRIALS : data.has(COUNTS) && data.has("N") ? "N" : null;
        if (trialsName != null) checkTrials(data, trialsName, read);
        List<String> labels = DataChecks.optionalLabels(data, GROUP, read.numGroups(), "the counts");
        return new GroupedCounts(read.counts, read.trials, read.numCategories, labels);
    }

    private static GroupedCounts readColumns(ModelData data) {
        List<String> present = new ArrayList<>();
        for (String name : data.names()) if (name.matches(COLUMN_PREFIX + "\\d{1,6}")) present.add(name);
        if (!data.has(COLUMN_PREFIX + 0)) {
            throw new IllegalArgumentException(data.source() + ": missing the counts: expected a matrix '" + COUNTS
                    + "' or count columns 'n0', 'n1', ... (one per category); present: " + data.names());
        }
        int k = 0;
        while (data.has(COLUMN_PREFIX + k)) k++;
        for (String name : present) {
            int index = Integer.parseInt(name.substring(COLUMN_PREFIX.length()));
            if (!name.equals(COLUMN_PREFIX + index)) {
                throw new IllegalArgumentException(data.source() + ": column '" + name + "' looks like a count column, but count columns are named "
                        + COLUMN_PREFIX + index + " (no leading zeros)");
            }
            if (index >= k) {
                throw new IllegalArgumentException(data.source() + ": column '" + name + "' is present, but column '"
                        + COLUMN_PREFIX + k + "' is missing (count columns are numbered n0, n1, ... without gaps)");
            }
        }
        requireCategories(data, k, "count columns n0.." + COLUMN_PREFIX + (k - 1));
        int groups = -1;
        int[][] columns = new int[k][];
        for (int c = 0; c < k; c++) {
            String name = COLUMN_PREFIX + c;
            columns[c] = DataChecks.countVector(data, name);
            if (groups < 0) groups = columns[c].length;
            DataChecks.requireLength(data, name, columns[c].length, groups, "'" + COLUMN_PREFIX + 0 + "'");
        }
        checkDeclared(data, "K", k, "count columns");
        int[] counts = new int[groups * k];
        int[] trials = new int[groups];
        for (int g = 0; g < groups; g++) {
            for (int c = 0; c < k; c++) {
                counts[g * k + c] = columns[c][g];
                trials[g] = Math.addExact(trials[g], columns[c][g]);
            }
        }
        return new GroupedCounts(counts, trials, k, null);
    }

    private static GroupedCounts readMatrix(ModelData data) {
        int[] shape = data.shape(COUNTS);
        if (shape.length != 2) {
            throw new IllegalArgumentException(data.source() + ": variable '" + COUNTS + "' has shape " + Arrays.toString(shape)
                    + ", but must be a matrix [G, K] (one row of category counts per group)");
        }
        int groups = shape[0], k = shape[1];
        requireCategories(data, k, "columns of '" + COUNTS + "'");
        checkDeclared(data, "K", k, "columns of '" + COUNTS + "'");
        checkDeclared(data, "G", groups, "rows of '" + COUNTS + "'");
        double[] values = data.doubles(COUNTS);
        int[] counts = new int[values.length];
        int[] trials = new int[groups];
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            String where = "variable '" + COUNTS + "' row " + (i / k + 1) + ", column " + (i % k + 1) + " is " + format(v);
            if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
                throw new IllegalArgumentException(data.source() + ": " + where + ", but must be an integer");
            }
            if (v < 0) throw new IllegalArgumentException(data.source() + ": " + where + ", but counts must be >= 0");
            counts[i] = (int) v;
            trials[i / k] = Math.addExact(trials[i / k], counts[i]);
        }
        return new GroupedCounts(counts, trials, k, null);
    }

    private static void requireCategories(ModelData data, int k, String what) {
        if (k < 2) {
            throw new IllegalArgumentException(data.source() + ": the data have " + k + " " + what
                    + ", but a multinomial needs at least 2 categories");
        }
    }

    private static void checkDeclared(ModelData data, String name, int actual, String what) {
        if (!data.has(name)) return;
        double declared = data.scalar(name);
        if (declared != actual) {
            throw new IllegalArgumentException(data.source() + ": variable '" + name + "' is " + format(declared) + ", but the data have "
                    + actual + " " + what);
        }
    }

    private static void checkTrials(ModelData data, String name, GroupedCounts read) {
        int[] given = DataChecks.countVector(data, name);
        DataChecks.requireLength(data, name, given.length, read.numGroups(), "the counts");
        for (int g = 0; g < given.length; g++) {
            if (given[g] != read.trials[g]) {
                throw new IllegalArgumentException(data.source() + ": variable '" + name + "' row " + (g + 1) + " is " + given[g]
                        + ", but the counts of row " + (g + 1) + " sum to " + read.trials[g]);
            }
        }
    }

    private static String format(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
    }

    static List<DataVariable> variables() {
        return List.of(
                new DataVariable("n<k>", "int", "[G] each", false,
                        "CSV layout: one count column per category, numbered from n0 without gaps (n0 is the reference category)"),
                new DataVariable(COUNTS, "int", "[G, K]", false, "Stan-style JSON layout: the category counts of each group (used when present)"),
                new DataVariable(TRIALS, "int", "[G]", false, "trials per group; when given it must equal the row sums of the counts (JSON alias 'N')"),
                new DataVariable("N", "int", "[G]", false, "Stan-style alias of 'trials' (read only with the 'counts' matrix)"),
                new DataVariable("G", "int", "scalar", false, "number of groups (Stan-style JSON); when given it must equal the rows of 'counts'"),
                new DataVariable("K", "int", "scalar", false, "number of categories; when given it must equal the count columns"),
                new DataVariable(GROUP, "string", "[G]", false, "distinct group labels, used as the coordinates of dim 'group'"));
    }
}
