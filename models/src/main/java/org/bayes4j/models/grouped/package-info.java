/**
 * Aggregated category counts per group (catalogue models 2 and 3): group
 * {@code g} has {@code N_g} trials split over {@code K} categories, and the
 * groups differ in their category probabilities by more than multinomial
 * noise. Two ways to model that overdispersion:
 *
 * <ul>
 *   <li><b>Logistic-normal</b> (model 2; Aitchison &amp; Shen 1980): the logits
 *       against a reference category are {@code mu + u_g} with correlated
 *       group effects {@code u_g ~ N(0, Sigma)}; the covariance is
 *       {@code Sigma = L L^T} with an LKJ prior on the correlations and
 *       half-t priors on the scales. Shipped centred
 *       ({@code grouped-multinomial-centered}) and non-centred
 *       ({@code grouped-multinomial-noncentered}).</li>
 *   <li><b>Dirichlet-multinomial</b> (model 3): each group's probabilities
 *       are Dirichlet(alpha), integrated out in closed form. One parameter
 *       vector, but it can only make categories compete: every pair of
 *       counts is negatively correlated.</li>
 * </ul>
 *
 * <p>Cross-validation by group: predicting a group the fit has never seen
 * needs a new group effect. The Dirichlet-multinomial has integrated it out
 * already; the logistic-normal model integrates it by simulation, averaging
 * the likelihood (not the log likelihood) over new effects drawn from
 * {@code N(0, L L^T)} for each posterior draw.
 */
package org.bayes4j.models.grouped;
