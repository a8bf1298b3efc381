package org.bayes4j.models.iris;

import java.util.Map;
import java.util.function.Function;

import org.bayes4j.spi.diagnostic.FoldScorer;
import org.bayes4j.spi.model.CrossValidation;
import org.bayes4j.spi.model.Model;

/**
 * K-fold support for a data set whose rows are exchangeable and ungrouped:
 * folds of rows only, each scored by refitting ({@link RowRefitScorer}).
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
            throw new IllegalArgumentException(model + ": no grouping '" + by + "' to form folds by; the rows are ungrouped (known: [])");
        }
        return scorer;
    }
}
