/**
 * Element-wise bijectors onto intervals of the real line.
 *
 * <p>Each maps every coordinate independently, so the Jacobian is diagonal and
 * $\log|\det J| = \sum_i \log|f'(x_i)|$. The half lines use the exponential,
 * $y = a + e^x$ or $y = b - e^x$ with $\log|f'(x)| = x$; bounded intervals use
 * the scaled logistic $y = a + (b-a)\,\sigma(x)$ with
 * $\log f'(x) = \log(b-a) + \log\sigma(x) + \log\sigma(-x)$
 * (Stan Reference Manual, "Lower and upper bounded scalar").
 *
 * <p>Numerics: $\log\sigma$ is evaluated as $-\mathrm{softplus}(-x)$ with
 * {@code log1p}, and values close to the upper end of an interval are computed
 * as {@code b - (b - a) sigma(-x)}, so neither end loses relative precision
 * (see {@link org.bayes4j.transforms.scalar.Logistic}).
 */
package org.bayes4j.transforms.scalar;
