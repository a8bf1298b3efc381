/**
 * Convergence diagnostics of Markov chains, as the R package {@code posterior}
 * (Vehtari, Gelman, Simpson, Carpenter and Bürkner 2021, "Rank-normalization,
 * folding, and localization: an improved R-hat for assessing convergence of
 * MCMC", Bayesian Analysis 16(2)).
 *
 * <p>Every function takes {@code draws[chain][iteration]} for one scalar quantity.
 * The recipe: {@link org.bayes4j.diagnostics.convergence.SplitChains} halves each
 * chain so trends become between-chain differences;
 * {@link org.bayes4j.diagnostics.convergence.RankNormalisation} replaces draws by
 * normal scores of their ranks (and folds them about the median for the tails);
 * {@link org.bayes4j.diagnostics.convergence.Rhat} compares between- and
 * within-chain variance; {@link org.bayes4j.diagnostics.convergence.Autocovariance}
 * and {@link org.bayes4j.diagnostics.convergence.EffectiveSampleSize} turn
 * autocorrelation into an effective number of independent draws by Geyer's
 * initial monotone sequence; {@link org.bayes4j.diagnostics.convergence.MonteCarloStandardError}
 * divides by that number. Undefined values (constant draws) are NaN, where
 * {@code posterior} returns NA.
 */
package org.bayes4j.diagnostics.convergence;
