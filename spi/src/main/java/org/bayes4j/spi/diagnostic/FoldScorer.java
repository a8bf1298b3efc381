package org.bayes4j.spi.diagnostic;

import org.bayes4j.spi.density.SamplingTarget;
import org.bayes4j.spi.draws.Draws;

/**
 * The model-specific half of K-fold cross-validation, supplied by the model or
 * the caller to {@link KFoldProvider#crossValidate}: which rows a fit may see,
 * and how the held-out rows are scored. (Which rows a model can drop, and how a
 * held-out row is predicted, depend on the model: a regression drops rows of its
 * design matrix; a hierarchical model predicting a held-out group must invent a
 * new group effect.)
 *
 * <p><b>Laws.</b> {@link #trainingTarget} gives a target whose likelihood uses
 * exactly the rows marked {@code true} (the prior is unchanged). Given draws of
 * that target, {@link #heldOutLogLikelihood} returns
 * {@code out[s][j] = log p(y_{heldOut[j]} | theta_s)} for every kept draw s (chains
 * concatenated in order, each truncated to {@link Draws#numDraws()}), finite,
 * computed without the held-out rows ever having entered the fit. For a held-out
 * group the unknown group effect is integrated out, e.g. by
 * {@link KFoldProvider#marginaliseSimulations}.
 *
 * <p><b>Threading.</b> The driver calls it from one thread, fold after fold; it may
 * therefore reuse one compiled model and change its data ({@code CompiledModel.setData}).
 */
public interface FoldScorer {

    /** Number of rows (observations) N, each to be held out exactly once. */
    int rows();

    /** A target whose likelihood includes row i exactly when {@code training[i]}. */
    SamplingTarget trainingTarget(boolean[] training);

    /**
     * Pointwise log predictive densities of the held-out rows under each posterior draw.
     *
     * @param posterior the draws of the target from {@link #trainingTarget} for this fold
     * @param heldOut   the held-out rows, ascending
     * @return {@code S x heldOut.length}
     */
    double[][] heldOutLogLikelihood(Draws posterior, int[] heldOut);
}
