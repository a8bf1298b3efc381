/**
 * Predictive model assessment as the R package {@code loo}: Pareto smoothed
 * importance sampling ({@link org.bayes4j.diagnostics.loo.ParetoSmoothedImportanceSampling},
 * with the {@link org.bayes4j.diagnostics.loo.GeneralisedParetoFit} of its tail),
 * leave-one-out cross-validation from one posterior fit
 * ({@link org.bayes4j.diagnostics.loo.PsisLoo}), WAIC, and comparison of models by
 * elpd differences, stacking and pseudo-BMA weights.
 *
 * <p>Large matrices (thousands of draws by tens of thousands of observations) are
 * the common case, so the arithmetic is arranged to be cheap without changing the
 * result beyond rounding: the matrix is read once, in cache-friendly column blocks
 * ({@link org.bayes4j.diagnostics.loo.ColumnBlocks}), its finiteness checked on the
 * way; one exponential per entry serves every sum
 * ({@link org.bayes4j.diagnostics.loo.LooColumn}); the Pareto tail is
 * selected rather than sorted, and only the selected candidates are ranked, by a
 * distribution sort ({@link org.bayes4j.diagnostics.loo.ParetoTail});
 * autocovariances are computed only at the lags the ESS reads, two lags per sum
 * ({@link org.bayes4j.diagnostics.loo.LaggedEss}); and the generalised-Pareto fit
 * takes one logarithm per grid point, of a product, instead of one per exceedance
 * ({@link org.bayes4j.diagnostics.loo.MeanLogOnePlus}). Each device has a test
 * against the plain computation it replaces.
 *
 * <p>The loops over every entry, or every tail entry, are
 * {@link org.bayes4j.diagnostics.loo.LooKernels}: plain Java, or the same arithmetic on
 * SIMD lanes through the JDK's Vector API when the JVM runs with
 * {@code --add-modules jdk.incubator.vector}; the two agree up to rounding, and a test
 * checks each kernel and whole runs against each other.
 *
 * <p>References: Vehtari, Gelman and Gabry (2017), "Practical Bayesian model
 * evaluation using leave-one-out cross-validation and WAIC"; Vehtari, Simpson,
 * Gelman, Yao and Gabry (2024), "Pareto smoothed importance sampling"; Yao,
 * Vehtari, Simpson and Gelman (2018), "Using stacking to average Bayesian
 * predictive distributions".
 */
package org.bayes4j.diagnostics.loo;
