package org.bayes4j.spi.model;

import java.util.Map;

import org.bayes4j.spi.diagnostic.FoldScorer;

/**
 * What K-fold cross-validation needs from a model on one data set: its rows,
 * the grouping variables folds may be formed by, and the {@link FoldScorer}
 * that refits without held-out rows and scores them.
 *
 * <p><b>Laws.</b> Every array in {@link #groupings()} has {@link #rows()}
 * entries, each a group index {@code 0..G-1}. {@code scorer(null)} holds out
 * rows whose groups stay in the training data (group effects are those of the
 * fit); {@code scorer(by)} is used when folds hold out whole groups of
 * {@code by}, so the held-out groups' effects are unknown to the fit and are
 * integrated out by simulating new ones per draw and averaging on the
 * probability scale. An unknown {@code by} fails naming it and the known ones.
 */
public interface CrossValidation {

    /** Number of rows N, each held out exactly once over the folds. */
    int rows();

    /** Grouping variables usable with {@code --by}: name to the group of each row. */
    Map<String, int[]> groupings();

    /** The scorer for folds of rows ({@code by == null}) or of whole groups of {@code by}. */
    FoldScorer scorer(String by);
}
