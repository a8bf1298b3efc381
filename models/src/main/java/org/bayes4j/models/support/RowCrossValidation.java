package org.bayes4j.models.support;

import java.util.Map;
import java.util.function.Function;

import org.bayes4j.spi.diagnostic.FoldScorer;
import org.bayes4j.spi.model.CrossValidation;
import org.bayes4j.spi.model.Model;

/**
 * K-fold support offering folds of rows only, each scored by refitting
 * ({@link RowRefitScorer}): for a model whose rows are exchangeable given its
 * parameters, ungrouped (the iris regressions) or grouped with every group's
 * effects kept in each training set (the grouping-factor regressions, whose
 * levels are fixed by the whole data set).
 */
public final class RowCrossValidation implements CrossValidation {

    private final String model;
    private final RowRefitScorer scorer;

    public RowCrossValidation(String model, int rows, Function<int[], Model> modelOnRows) {
        this.model = model;
        this.scorer = new RowRefitScorer(rows, modelOnRows);
    }

    @Override public int rows() { return scorer.rows(); }

    /** None: the rows form no groups. */
    @Override public Map<String, int[]> groupings() { return Map.of(); }

    @Override
    public FoldScorer scorer(String by) {
        if (by != null) {
            throw new IllegalArgumentException(model + ": no grouping '" + by + "' to form folds by; this model offers folds of rows only (known: [])");
        }
        return scorer;
    }
}
