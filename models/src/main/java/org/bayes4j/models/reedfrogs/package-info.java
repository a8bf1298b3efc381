/**
 * Reed frogs (Vonesh &amp; Bolker 2005; McElreath, Statistical Rethinking 2nd
 * ed., §13.1): tadpole survival in 48 tanks, modelled with varying intercepts
 * on the log-odds scale. Partial pooling sits between two extremes: one
 * survival probability for all tanks (complete pooling, which ignores real
 * differences) and a separate one per tank (no pooling, which overfits small
 * tanks). Estimating the spread $\sigma$ of the tank effects from the data
 * lets the model decide how strongly each tank is shrunk towards the mean.
 *
 * <p>The catalogue's variants (model 5): 5a in centred and non-centred form,
 * 5b with $\sigma$ fixed (fitted over a grid of values, the best of which by
 * leave-one-tank-out cross-validation sits where 5a's posterior of $\sigma$
 * lies), and 5c with a predator effect, which explains part of the variation
 * between tanks and so shrinks $\sigma$. All read the real CSV file.
 *
 * <p>Cross-validation over tanks must treat a held-out tank as a new group:
 * its effect was never estimated, so its predictive density integrates the
 * effect over the population, $N(\bar\alpha, \sigma)$
 * ({@link org.bayes4j.models.reedfrogs.TankFoldScorer}).
 */
package org.bayes4j.models.reedfrogs;
