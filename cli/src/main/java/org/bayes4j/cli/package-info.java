/**
 * The {@code bayes4j} command line. A fit is a pipeline of service look-ups:
 * a {@link org.bayes4j.spi.model.ModelProvider} builds the model from data,
 * the installed {@link org.bayes4j.spi.model.ModelCompiler} compiles it, a
 * {@link org.bayes4j.spi.sampler.SamplerProvider} draws from the posterior, a
 * {@link org.bayes4j.spi.diagnostic.Summarizer} condenses the draws into the
 * ArviZ-style table. The command names none of their classes; the
 * {@link org.bayes4j.cli.ServiceLookup} finds them, so a plug-in on the module
 * path is usable at once.
 *
 * <p>Model checking works on a pointwise log-likelihood matrix
 * $\ell_{si} = \log p(y_i \mid \theta^{(s)})$: {@code loo} estimates the
 * expected log pointwise predictive density of new data by Pareto-smoothed
 * importance sampling (a {@link org.bayes4j.spi.diagnostic.LooProvider}) and
 * {@code compare} ranks several models by it (a
 * {@link org.bayes4j.spi.diagnostic.ModelComparer}); {@code fit --output}
 * writes that matrix for the draws it made. {@code kfold} refits the model
 * without each of K folds through the model's own
 * {@link org.bayes4j.spi.model.CrossValidation} and the installed
 * {@link org.bayes4j.spi.diagnostic.KFoldProvider}; {@code ppc} compares the
 * data with replicates drawn from the posterior predictive distribution
 * (Gelman et al. 2013, BDA3, Section 6.3). {@code distributions}
 * and {@code transforms} list the installed families and bijectors, plug-ins
 * included. Mistakes in the input are reported in one line
 * naming the file, line, column or variable; only bugs print stack traces.
 */
package org.bayes4j.cli;
