package org.bayes4j.samplers.integrator;

import org.bayes4j.samplers.metric.Metric;

/**
 * A mutable point $(q, p)$ of phase space together with $\log\pi(q)$ and its
 * gradient. It is the working memory of one chain's trajectory: a fixed set of
 * these is allocated with the kernel and reused by copying, so integrating a
 * trajectory allocates nothing (STYLE 3). Never shared between chains.
 *
 * <p>The Hamiltonian is $H(q,p) = -\log\pi(q) + K(p)$ (Stan's convention:
 * potential $V = -\log\pi$).
 */
public final class PhasePoint {

    public final double[] position;
    public final double[] momentum;
    public final double[] gradient;
    public double logDensity;

    public PhasePoint(int dimension) {
        position = new double[dimension];
        momentum = new double[dimension];
        gradient = new double[dimension];
    }

    public int dimension() { return position.length; }

    /** Copies every field of {@code other} into this point. */
    public void copyFrom(PhasePoint other) {
        System.arraycopy(other.position, 0, position, 0, position.length);
        System.arraycopy(other.momentum, 0, momentum, 0, momentum.length);
        System.arraycopy(other.gradient, 0, gradient, 0, gradient.length);
        logDensity = other.logDensity;
    }

    /** $H = -\log\pi(q) + K(p)$; NaN is mapped to $+\infty$ so that a broken state reads as infinitely improbable (as Stan). */
    public double hamiltonian(Metric metric) {
        double h = -logDensity + metric.kineticEnergy(momentum);
        return Double.isNaN(h) ? Double.POSITIVE_INFINITY : h;
    }
}
