/**
 * Families of real-valued scalar events (densities with respect to Lebesgue
 * measure): location-scale families on the real line (normal, Cauchy, Student-t,
 * Laplace, logistic), their half versions on the positive reals, families on the
 * positive reals (exponential, gamma, inverse gamma, log-normal, Weibull), and on
 * intervals (beta, uniform).
 *
 * <p>Each location-scale family is written through the standardised value
 * $z = (y - \mu)/\sigma$: then $\log p(y) = \log f(z) - \log\sigma$, and the
 * partials follow from $\partial z/\partial y = 1/\sigma$,
 * $\partial z/\partial\mu = -1/\sigma$, $\partial z/\partial\sigma = -z/\sigma$.
 * The $-\log\sigma$ term is the Jacobian of the standardisation; forgetting it
 * breaks normalisation, which the contract tests would catch.
 */
package org.bayes4j.distributions.continuous;
