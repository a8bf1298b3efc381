/**
 * Multinomial choices with categories unavailable by design (catalogue
 * model 4). Observation {@code i} (of cluster {@code c[i]}, with predictor
 * {@code x_i}) splits {@code N_i} trials over {@code K} categories, but only
 * over those in its choice set: {@code a_ik = 1} when category {@code k} was
 * available. The last category, "other", is always available and is the
 * reference with logit 0.
 *
 * <p>A zero count in an unavailable category is <em>structural</em>: it says
 * nothing about how attractive the category is. The masked softmax
 * $$ p_{ik} = \frac{a_{ik}\, e^{\eta_{ik}}}{\sum_m a_{im}\, e^{\eta_{im}}} $$
 * (logits of unavailable categories at minus infinity; McFadden 1974, the
 * conditional logit over each decision maker's choice set) renormalises over
 * what could be chosen. The unmasked softmax would read every structural
 * zero as evidence against the category and bias its intercept downwards.
 *
 * <ul>
 *   <li>{@code masked-multinomial} (4a): population intercepts and slopes.</li>
 *   <li>{@code masked-multinomial-slopes-centered} and
 *       {@code -noncentered} (4b): intercepts and slopes varying by cluster,
 *       with a 2 x 2 covariance per category, the {@code K - 1} Cholesky
 *       factors one batched {@code LKJCholeskyCov} variable.</li>
 *   <li>{@code masked-multinomial-mixture} (4c): masks not recorded; each
 *       observation's choice set is a latent variable with three values,
 *       summed out in log space by the {@code Mixture} combinator.</li>
 * </ul>
 *
 * <p>All four offer row-wise K-fold cross-validation (folds of observations,
 * refitted on the rest); folds of whole clusters are not offered.
 */
package org.bayes4j.models.masked;
