package org.bayes4j.models.factors;

import java.util.Arrays;
import java.util.List;

/**
 * The rows of a regression with two crossed grouping factors: for each row
 * $i$ its group $g_i$, its colour $c_i$ (0-based indices into the level
 * lists), its features $X_{i\cdot}$ and its response $y_i$.
 *
 * <p>The level lists are the coordinates of the model's {@code group},
 * {@code colour} and {@code feature} dims, so a level with no rows still has
 * its effects (drawn from the population the model describes), and a subset
 * of rows ({@link #rows(int[])}) keeps the levels of the whole data set, as
 * K-fold refits need.
 *
 * @param group    group index of each row, {@code 0..groups.size()-1}
 * @param colour   colour index of each row, {@code 0..colours.size()-1}
 * @param x        features, {@code rows() x features.size()}, row-major
 * @param y        responses
 * @param groups   group labels, in index order
 * @param colours  colour labels, in index order
 * @param features feature labels, in column order of {@code x}
 */
record FactorRows(int[] group, int[] colour, double[] x, double[] y, List<String> groups, List<String> colours, List<String> features) {

    FactorRows {
        group = group.clone();
        colour = colour.clone();
        x = x.clone();
        y = y.clone();
        groups = List.copyOf(groups);
        colours = List.copyOf(colours);
        features = List.copyOf(features);
        int n = y.length;
        if (group.length != n || colour.length != n || x.length != n * features.size()) {
            throw new IllegalArgumentException("rows disagree: " + group.length + " groups, " + colour.length + " colours, "
                    + x.length + " feature values (" + features.size() + " per row) and " + n + " responses");
        }
        for (int i = 0; i < n; i++) {
            if (group[i] < 0 || group[i] >= groups.size() || colour[i] < 0 || colour[i] >= colours.size()) {
                throw new IllegalArgumentException("row " + (i + 1) + " has group " + group[i] + " and colour " + colour[i]
                        + ", outside the " + groups.size() + " groups and " + colours.size() + " colours");
            }
        }
    }

    int rows() { return y.length; }

    int numFeatures() { return features.size(); }

    @Override public int[] group() { return group.clone(); }

    @Override public int[] colour() { return colour.clone(); }

    @Override public double[] x() { return x.clone(); }

    @Override public double[] y() { return y.clone(); }

    /** The rows at the given indices (0-based), in that order, with all the levels of this data set. */
    FactorRows rows(int[] indices) {
        int f = numFeatures();
        int[] g = new int[indices.length], c = new int[indices.length];
        double[] sub = new double[indices.length * f], resp = new double[indices.length];
        for (int r = 0; r < indices.length; r++) {
            int i = indices[r];
            g[r] = group[i];
            c[r] = colour[i];
            System.arraycopy(x, i * f, sub, r * f, f);
            resp[r] = y[i];
        }
        return new FactorRows(g, c, sub, resp, groups, colours, features);
    }

    @Override public boolean equals(Object o) {
        return o instanceof FactorRows r && Arrays.equals(group, r.group) && Arrays.equals(colour, r.colour) && Arrays.equals(x, r.x)
                && Arrays.equals(y, r.y) && groups.equals(r.groups) && colours.equals(r.colours) && features.equals(r.features);
    }

    @Override public int hashCode() { return Arrays.hashCode(y); }

    @Override public String toString() {
        return "FactorRows(" + rows() + " rows, groups " + groups + ", colours " + colours + ", features " + features + ")";
    }
}
