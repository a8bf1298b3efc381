/**
 * K-fold cross-validation (Vehtari, Gelman and Gabry 2017, Section 4; the R
 * package {@code loo}'s {@code kfold} helpers).
 *
 * <p>Leave-one-out by importance sampling ({@code loo} package of this module) needs
 * only one fit, but fails when single observations are influential (Pareto k above
 * its threshold) and cannot answer questions about new groups. K-fold refits instead:
 * split the N rows into K folds ({@link org.bayes4j.diagnostics.kfold.FoldSplits}:
 * at random, stratified by class, or by whole group), fit the model K times, each time
 * without one fold, and score the held-out rows by their log predictive density
 * {@code elpd_i = log((1/S) sum_s p(y_i | theta_s^{(-k)}))}
 * ({@link org.bayes4j.diagnostics.kfold.KFoldCrossValidation}); sum and standard error
 * as for LOO ({@link org.bayes4j.diagnostics.kfold.KFoldSummary}). What "dropping rows"
 * means is the model's business, so the driver works through a
 * {@link org.bayes4j.spi.diagnostic.FoldScorer} callback. When a whole group is held
 * out, its unknown effect is integrated out by simulation, averaging on the
 * probability scale ({@link org.bayes4j.diagnostics.kfold.NewGroupMarginalisation}).
 * K-fold elpd is slightly pessimistic relative to LOO, since each fit sees only
 * {@code (K-1)/K} of the data.
 */
package org.bayes4j.diagnostics.kfold;
