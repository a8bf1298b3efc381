package org.bayes4j.spi.distribution;

/**
 * Optional capability of a univariate continuous {@link DistributionFamily}: its log CDF
 * $\log F(x\mid\theta)$ and log complementary CDF $\log(1 - F(x\mid\theta))$, batched and with
 * partials, so combinators can truncate or censor it ({@code truncated}, {@code censored}).
 *
 * <p><b>Conventions</b> are those of {@link DistributionFamily#logDensity}: the point $x$ is the
 * value operand, the family's parameters follow; each method returns the sum over the batch,
 * <em>adds</em> the partial of that sum with respect to $x$ and every non-constant parameter into
 * the adjoints, and writes per-event values into {@link Operands#pointwise()} when set.
 *
 * <p><b>Laws.</b> $\log F$ is non-decreasing in $x$, $\log F(-\infty) = -\infty$,
 * $\log F(+\infty) = 0$, and $e^{\log F} + e^{\log(1-F)} = 1$; $\partial_x \log F = p(x)/F(x)$;
 * every partial equals the derivative of the returned sum; both are computed without cancellation
 * in the far tails (neither rounds to $\log 0$ while the exact value is representable); a point
 * outside the support gives $\log F = -\infty$ below it and $0$ above it; invalid parameters give
 * NaN-free $-\infty$ results.
 */
public interface CumulativeDistribution {

    /** $\sum_b \log F(x_b\mid\theta_b)$, with partials added and pointwise values written. */
    double logCdf(Operands args);

    /** $\sum_b \log(1 - F(x_b\mid\theta_b))$, with partials added and pointwise values written. */
    double logCcdf(Operands args);
}
