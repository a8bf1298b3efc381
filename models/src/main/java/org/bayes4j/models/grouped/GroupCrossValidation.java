package org.bayes4j.models.grouped;

import java.util.Map;

import org.bayes4j.spi.diagnostic.FoldScorer;
import org.bayes4j.spi.model.CrossValidation;

/**
 * K-fold cross-validation of a grouped-count model. Each row of the data is a
 * whole group, so folds of rows are folds of groups: the grouping
 * {@code group} maps row {@code g} to group {@code g}, and both
 * {@code scorer(null)} and {@code scorer("group")} give the scorer that
 * predicts a held-out group without its data ever entering the fit.
 */
final class GroupCrossValidation implements CrossValidation {

    static final String GROUP = "group";

    private final int rows;
    private final FoldScorer scorer;

    GroupCrossValidation(GroupedCounts data, FoldScorer scorer) {
        this.rows = data.numGroups();
        this.scorer = scorer;
    }

    @Override public int rows() { return rows; }

    @Override public Map<String, int[]> groupings() {
        int[] group = new int[rows];
        for (int g = 0; g < rows; g++) group[g] = g;
        return Map.of(GROUP, group);
    }

    @Override public FoldScorer scorer(String by) {
        if (by != null && !by.equals(GROUP)) {
            throw new IllegalArgumentException("no grouping '" + by + "'; known groupings: [" + GROUP + "] (each row is one group)");
        }
        return scorer;
    }
}
