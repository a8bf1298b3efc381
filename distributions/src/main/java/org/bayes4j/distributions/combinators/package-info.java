/**
 * Combinators: families built from other families, specialised per call site by
 * {@link org.bayes4j.spi.distribution.DistributionFamily#configure}.
 *
 * <p>A combinator's call concatenates its own arguments and its components' arguments, so a
 * component's parameters may be model parameters (a mixture of normals with unknown means). The
 * combinator evaluates each component on a sub-call ({@code ComponentCall}) whose buffers are built
 * once per call site and reused, collects the component's per-event log densities through
 * {@link org.bayes4j.spi.distribution.Operands#withPointwise}, combines them (a log-sum-exp for a
 * mixture), and chains the component's partials into its own adjoints with per-event weights: by
 * the chain rule, if $\log p = g(\ell_1, \dots, \ell_K)$ with $\ell_j$ the components' log
 * densities, then $\partial \log p/\partial\theta_j = (\partial g/\partial\ell_j)\,
 * \partial\ell_j/\partial\theta_j$, and for a log-sum-exp $\partial g/\partial\ell_j$ is component
 * $j$'s responsibility.
 *
 * <p>Families: {@code mixture} (components named by option), {@code zero_inflated_poisson},
 * {@code zero_inflated_binomial}, {@code zero_inflated_neg_binomial}, {@code hurdle_poisson},
 * {@code hurdle_neg_binomial}, {@code hurdle_gamma}, {@code hurdle_lognormal} (fixed bases; $\psi$
 * is the probability of the base / non-zero part, PyMC's convention), and {@code truncated} and
 * {@code censored} (base named by option; the base must implement
 * {@link org.bayes4j.spi.distribution.CumulativeDistribution}, whose log CDF partials carry the
 * bounds' derivatives). The continuous hurdles and the censored family are mixed
 * discrete-continuous measures: the value at an atom is a probability, elsewhere a density.
 *
 * <p>Reference: Stan User's Guide, "Finite mixtures", "Zero-inflated and hurdle models",
 * "Truncated or censored data"; PyMC {@code pm.Mixture}, {@code pm.Truncated}, {@code pm.Censored}.
 */
package org.bayes4j.distributions.combinators;
