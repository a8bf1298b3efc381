package org.bayes4j.spi.diagnostic;

import org.bayes4j.spi.sampler.SamplerConfig;

/**
 * K-fold cross-validation ({@code ServiceLoader} service), as the R package
 * {@code loo}'s {@code kfold_split_random}, {@code kfold_split_stratified},
 * {@code kfold_split_grouped} and {@code kfold}.
 *
 * <p><b>Laws.</b> Fold assignments are deterministic functions of their arguments
 * and the seed, with folds numbered {@code 0..K-1}, every fold non-empty:
 * <ul>
 *   <li>random: every row in exactly one fold, fold sizes differ by at most one;</li>
 *   <li>stratified: additionally each class's count differs by at most one between folds;</li>
 *   <li>grouped: all rows of a group share a fold, and the number of groups per fold differs by at most one.</li>
 * </ul>
 * {@code K < 2}, {@code K > N} and (grouped) {@code K >} the number of groups are
 * errors naming both numbers. {@link #crossValidate} fits each fold with the named
 * sampler, fold by fold, and sums {@code elpd_i = logmeanexp_s log p(y_i | theta_s)}
 * over the held-out rows; {@code se = sqrt(N var(elpd_i))}.
 *
 * <p><b>Threading.</b> Stateless; {@code crossValidate} is sequential over folds
 * (each fit uses the sampler's own threads).
 */
public interface KFoldProvider {

    /** Balanced random folds of N rows ({@code loo::kfold_split_random}). */
    int[] splitRandom(int k, int n, long seed);

    /** Balanced folds with every class spread evenly over them ({@code loo::kfold_split_stratified}). */
    int[] splitStratified(int k, int[] classes, long seed);

    /** Folds of whole groups, groups spread evenly ({@code loo::kfold_split_grouped}). */
    int[] splitGrouped(int k, int[] groups, long seed);

    /**
     * Runs K-fold cross-validation.
     *
     * @param scorer       the model-specific fitting and scoring callback
     * @param folds        fold of each row, {@code 0..K-1}, as from a split method
     * @param sampler      name of a {@code SamplerProvider} ({@code nuts}, ...)
     * @param config       sampler settings; fold k uses a seed derived from {@code config.seed()} and k
     * @param fitFullData  also fit all rows and score them in-sample, to report {@code p_kfold}
     */
    KFoldResult crossValidate(FoldScorer scorer, int[] folds, String sampler, SamplerConfig config, boolean fitFullData);

    /**
     * The K-fold summary from already computed pointwise values (for callers that
     * fit the folds themselves).
     *
     * @param lpd in-sample pointwise lpd of a full-data fit, or {@code null}
     */
    KFoldResult summarise(double[] pointwiseElpd, int[] folds, double[] lpd);

    /**
     * Log predictive density per draw of held-out rows whose likelihood involves a
     * quantity the fit never saw (a new group's effect), integrated out by simulation:
     * {@code out[s][j] = log((1/R) sum_r exp(logLik[s][r][j]))}, where
     * {@code logLik[s][r][j]} is row j's log likelihood under draw s with the r-th
     * simulated new-group value drawn from its distribution given theta_s. Averaging
     * is on the probability scale (averaging log likelihoods instead would
     * underestimate by Jensen's inequality).
     */
    double[][] marginaliseSimulations(double[][][] logLik);
}
