package org.bayes4j.diagnostics.loo;

/**
 * The loops of PSIS-LOO that run over every entry of the log-likelihood matrix, or
 * over every tail entry at every grid point of the generalised-Pareto fit: the work
 * that grows with the matrix. Each has two implementations computing the same
 * quantities: {@link ScalarLooKernels}, plain Java for any JVM, and
 * {@link VectorLooKernels}, the same arithmetic on SIMD lanes through the JDK's
 * Vector API ({@code jdk.incubator.vector}, JEP 414 in JDK 17), used when the JVM
 * was started with that module ({@code --add-modules jdk.incubator.vector}).
 * They differ only by rounding: sums are accumulated in another order, and the
 * exponentials of the two agree to a few units in the last place.
 * {@link LooKernelSelection} picks one per JVM.
 */
interface LooKernels {

    /** The implementation this JVM uses ({@link LooKernelSelection}). */
    LooKernels SELECTED = LooKernelSelection.select();

    /** A short name for reports: {@code "scalar"} or {@code "vector(N lanes)"}. */
    String name();

    /**
     * {@code out[0] = min v[0..n)}, {@code out[1] = max v[0..n)}, n at least 1. A
     * NaN entry may or may not show in them; callers find it in a later sum.
     */
    void minMax(double[] v, int n, double[] out);

    /**
     * The one-exponential pass of {@link LooColumn}: for t below n,
     * {@code lw[t] = c - ll[t]}, {@code e[t] = exp(lw[t])} and {@code x[t] = scale / e[t]};
     * then {@code sums = (sum x, sum e, sum e^2)}. The caller guarantees
     * {@code -700 < c - ll[t] <= 0}.
     */
    void ratios(double[] ll, int n, double c, double scale, double[] lw, double[] e, double[] x, double[] sums);

    /**
     * {@code sum x[off..off+n)}, with {@code range[0]} and {@code range[1]} lowered
     * and raised to the smallest and largest of those entries.
     */
    double sumAndRange(double[] x, int off, int n, double[] range);

    /** {@code sum_{t < n} (x[off + t] - mean)}, the correction term of a two-pass mean. */
    double residualSum(double[] x, int off, int n, double mean);

    /**
     * {@code centred[off + t] = x[off + t] - mean} and
     * {@code pairSummed[off + t] = centred[off + t] + centred[off + t + 1]}, the
     * last taking {@code centred[off + n - 1]} alone.
     */
    void centreAndPair(double[] x, int off, int n, double mean, double[] centred, double[] pairSummed);

    /** {@code sum_{i < n - t} c[off + i] c[off + i + t]}: one chain's lag-t autocovariance sum. */
    double lagSum(double[] c, int off, int n, int t);

    /**
     * {@code out[q] += sum_{i < n - l - 2q} c[off + i] z[off + i + l + 2q]} for q = 0..3:
     * four pairs of lags in one pass over a chain ({@link LaggedEss}).
     */
    void pairSums(double[] c, double[] z, int off, int n, int l, double[] out);

    /**
     * {@code sum_{i < n} log(1 + a x_i)} over ascending positive x, n at least 1
     * ({@link MeanLogOnePlus}): the terms with {@code |a x_i| <= }{@link MeanLogOnePlus#SERIES_LIMIT}
     * by the series of {@link MeanLogOnePlus#log1pSeries}, the rest as a logarithm of partial
     * products; NaN when a partial product left the normal range (the caller then takes one
     * logarithm per term).
     */
    double sumLogOnePlus(double a, double[] x, int n);

    /** {@code out[j] = exp(v[j]) - offset} for j below m: the tail's exceedances over the cutoff ({@link ParetoTail}). */
    void exceedances(double[] v, int m, double offset, double[] out);

    /**
     * {@code out[j] = sigma expm1(-k logSurvival[j]) / k + offset} for j below m: the
     * generalised-Pareto quantiles at the probabilities whose {@code log(1 - p)} are
     * given ({@link GeneralisedParetoFit#quantileAtLogSurvival}), shifted; sigma positive.
     */
    void paretoQuantiles(double[] logSurvival, int m, double k, double sigma, double offset, double[] out);

    /**
     * Writes the indices t below n with {@code v[t] >= threshold}, ascending, to
     * {@code out[0..count)} and returns count; {@code out} has room for n + 8 entries
     * (the vector form stores a whole vector of indices at a time, at most eight).
     */
    int atLeast(double[] v, int n, double threshold, int[] out);
}
