package org.bayes4j.samplers.metric;

import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;

/**
 * The Euclidean metric of Hamiltonian Monte Carlo: momenta {@code p} are
 * Gaussian with covariance {@code M} (the mass matrix), so the kinetic energy is
 * $K(p) = \tfrac12 p^\top M^{-1} p$ (constant terms dropped, as in Stan) and
 * position moves with velocity $\dot q = \partial K/\partial p = M^{-1}p$,
 * which Betancourt (2017) calls the "sharp" momentum $p^\sharp$.
 * Warm-up estimates the inverse metric $M^{-1}$ by the posterior covariance,
 * which whitens the target so one step size fits every direction.
 *
 * <p>Reference: Betancourt 2017, "A Conceptual Introduction to Hamiltonian
 * Monte Carlo", Sec. 4.2; Stan Reference Manual, "Euclidean metric".
 *
 * <p><b>Laws.</b> {@code kineticEnergy(p) = p . velocity(p) / 2};
 * {@code sampleMomentum} draws from N(0, M). Instances are immutable.
 */
public interface Metric {

    /** Short name as CmdStan writes it: {@code unit_e}, {@code diag_e}, {@code dense_e}. */
    String name();

    int dimension();

    /** $\tfrac12 p^\top M^{-1} p$. */
    double kineticEnergy(double[] p);

    /** Writes $M^{-1}p$ into {@code out} (no allocation). */
    void velocity(double[] p, double[] out);

    /** Writes a draw of $p \sim N(0, M)$ into {@code out}. */
    void sampleMomentum(NormalizedGaussianSampler gaussian, double[] out);

    /** The inverse metric: the diagonal for unit/diagonal metrics, row-major d x d for dense; a fresh array. */
    double[] inverseMetric();
}
