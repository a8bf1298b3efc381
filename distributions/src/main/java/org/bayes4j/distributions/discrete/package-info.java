/**
 * Families of integer-valued scalar events (probability mass functions):
 * Bernoulli and binomial, each with a probability and a log-odds
 * parameterisation; beta-binomial; geometric; Poisson (rate and log rate) and
 * the negative binomial in Stan's mean parameterisation.
 *
 * <p>The log-odds forms never form $p = \operatorname{logit}^{-1}(\alpha)$ and then take
 * its logarithm, which loses all precision once $p$ rounds to 1. They use
 * $\log\operatorname{logit}^{-1}(\alpha) = -\log(1 + e^{-\alpha})$ evaluated as
 * $-\max(-\alpha, 0) - \operatorname{log1p}(e^{-|\alpha|})$, exact to rounding at every $\alpha$.
 *
 * <p>Counts at large values are computed without subtracting large log-factorials: binomial
 * coefficients as log-beta functions, Poisson masses in Loader's saddle-point form. Draws are exact
 * (no normal approximations), so the contract's chi-square tests hold at any count.
 */
package org.bayes4j.distributions.discrete;
