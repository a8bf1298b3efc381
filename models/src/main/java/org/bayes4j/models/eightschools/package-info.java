/**
 * Eight schools (Rubin 1981; Gelman et al., BDA3 §5.5): a hierarchical normal
 * model of coaching effects measured with known standard errors,
 * $y_j \sim N(\theta_j, \sigma_j)$, $\theta_j \sim N(\mu, \tau)$.
 *
 * <p>It ships twice, as the same joint distribution in two coordinate
 * systems. The <b>centred</b> form samples $\theta$ directly; its posterior
 * has a funnel (the scale of $\theta$ given $\tau$ is $\tau$), which
 * Hamiltonian Monte Carlo cannot traverse with one step size and reports as
 * divergent transitions. The <b>non-centred</b> form samples standardised
 * effects $\eta_j \sim N(0,1)$ and computes $\theta = \mu + \tau\eta$, which
 * turns the funnel into a deterministic map and removes the divergences.
 * Comparing the two is the chapter's lesson: a model is a distribution,
 * but the sampler sees a parameterisation.
 */
package org.bayes4j.models.eightschools;
