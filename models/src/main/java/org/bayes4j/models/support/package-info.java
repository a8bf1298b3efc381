/**
 * What the shipped models share: checking input data with messages that name
 * the variable, row and value ({@link org.bayes4j.models.support.DataChecks}),
 * resolving simulation sizes and fixed parameter values
 * ({@link org.bayes4j.models.support.SimulationSizes},
 * {@link org.bayes4j.models.support.FixedParameters}), and drawing from the
 * distributions of a generative model ({@link org.bayes4j.models.support.RandomDraws}),
 * and scoring held-out observations outside a compiled model
 * ({@link org.bayes4j.models.support.LogMeanExp}, {@link org.bayes4j.models.support.BinomialLogit},
 * {@link org.bayes4j.models.support.PooledDraws}).
 *
 * <p>A simulator is a generative program: draw each parameter the caller did
 * not fix from its prior, in the order the model declares them, then draw the
 * data given the parameters. The values used are returned as the truth a fit
 * should recover, under the model's own variable names.
 */
package org.bayes4j.models.support;
