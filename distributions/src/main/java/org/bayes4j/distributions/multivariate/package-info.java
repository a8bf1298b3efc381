/**
 * Families with vector parameters or vector events. A vector argument is an
 * {@link org.bayes4j.spi.distribution.Operand} whose events have a trailing axis of length
 * $K$ ({@code eventLength()}); element $j$ of event $b$ is {@code get(b, j)}, and a $K\times K$
 * matrix is stored row-major ({@code get(b, i * K + j)}).
 *
 * <ul>
 * <li>{@code categorical} / {@code categorical_logit}: one category in $0, \dots, K-1$ per event, from a
 *     probability simplex or from logits;</li>
 * <li>{@code multinomial} / {@code multinomial_logit}: a count vector summing to $n$;</li>
 * <li>{@code multinomial_logit_masked}: the same with an availability mask, the softmax renormalised over the
 *     available categories (structural zeros elsewhere);</li>
 * <li>{@code dirichlet}: a point of the open simplex;</li>
 * <li>{@code multi_normal_cholesky}: a vector in $\mathbb{R}^K$ given the mean and the Cholesky factor
 *     of the covariance.</li>
 * </ul>
 *
 * <p>The logit forms use the log-sum-exp shift $\log\sum_j e^{\eta_j} = m + \log\sum_j e^{\eta_j - m}$,
 * $m = \max_j \eta_j$, so no exponential overflows and no probability is formed then logged. Partials
 * with respect to a simplex are meaningful only within the simplex (up to a common constant), which is
 * all a simplex bijector's chain rule uses.
 *
 * <p>The multinomial families ({@code multinomial}, {@code multinomial_logit}, {@code multinomial_logit_masked},
 * {@code dirichlet_multinomial}) keep, per call site, the log multinomial coefficients of the counts and
 * (masked) the available categories, recomputed only for the events whose counts, $n$ or mask changed
 * ({@code CountCoefficients}): the counts are almost always data.
 */
package org.bayes4j.distributions.multivariate;
