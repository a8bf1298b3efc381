/**
 * Distribution families: normalised log densities with analytic partials, and
 * exact random draws.
 *
 * <p>A family is a pure function of its {@link org.bayes4j.spi.distribution.Operands}:
 * it sums the log density over a batch of events, adds the derivative of that
 * sum with respect to every non-constant operand into the operand's adjoint
 * buffer, and writes per-event values for PSIS-LOO when asked. The constants
 * of each density are kept, so densities integrate (or sum) to one and can be
 * compared across models.
 *
 * <p>Every family is certified by a subclass of the testkit's
 * {@code DistributionFamilyContract}: reference values, finite-difference
 * partials, broadcast, normalisation, support and goodness of fit of draws.
 */
package org.bayes4j.distributions;
