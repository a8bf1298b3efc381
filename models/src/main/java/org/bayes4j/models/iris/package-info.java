/**
 * Categorical (multinomial logit) regression of the iris species on four
 * flower measurements (Fisher 1936; catalogue models 1a and 1b).
 *
 * <p>With $K$ categories, softmax maps $K$ logits to probabilities but ignores
 * a common shift, so a model must remove one degree of freedom per row of
 * coefficients. The <b>pivot</b> model ({@code iris-pivot}) fixes one
 * category's logits at zero: its coefficients are log-odds against that
 * reference, and its prior, $N(0, 5)$ on each, treats the reference unlike
 * the others. The <b>sum-to-zero</b> model ({@code iris-sumzero}) constrains
 * the logits to sum to zero over categories with a ZeroSumNormal prior, which
 * is symmetric in the categories; its coefficients are deviations from the
 * category average. Both describe the same probabilities $\operatorname{softmax}(\eta_i)$,
 * so their predictions for each flower agree closely, while their
 * coefficients answer different questions.
 *
 * <p>The predictors are centred on their sample means inside {@code build}, so
 * the intercepts are the logits of a flower of average measurements.
 * {@link org.bayes4j.models.support.RowRefitScorer} scores K-fold
 * cross-validation by refitting on the training rows.
 */
package org.bayes4j.models.iris;
