package org.bayes4j.samplers.integrator;

import org.bayes4j.samplers.metric.Metric;
import org.bayes4j.spi.density.LogDensity;

/**
 * The leapfrog (velocity Verlet) integrator for $H(q,p) = -\log\pi(q) + \tfrac12 p^\top M^{-1}p$:
 * $$p_{1/2} = p_0 + \tfrac{\epsilon}{2}\nabla\log\pi(q_0),\quad
 *   q_1 = q_0 + \epsilon M^{-1}p_{1/2},\quad
 *   p_1 = p_{1/2} + \tfrac{\epsilon}{2}\nabla\log\pi(q_1).$$
 * It is symplectic and time-reversible (negating $\epsilon$ retraces the step),
 * which is what makes the Hamiltonian proposal volume-preserving; its energy error
 * over a fixed time is $O(\epsilon^2)$. One gradient evaluation per step, since the
 * gradient at $q_1$ is kept in the phase point for the next step.
 *
 * <p>Reference: Leimkuhler &amp; Reich 2004, Sec. 2.3; Neal 2011, "MCMC using
 * Hamiltonian dynamics", Sec. 2.3.
 *
 * <p><b>Threading.</b> Bound to one chain's {@link LogDensity}; owns one scratch
 * vector for the velocity, so a step allocates nothing.
 */
public final class LeapfrogIntegrator {

    private final LogDensity density;
    private final double[] velocity;
    private long numGradients;

    public LeapfrogIntegrator(LogDensity density) {
        this.density = density;
        this.velocity = new double[density.dimension()];
    }

    public LogDensity density() { return density; }

    /** Gradient evaluations made through this integrator so far. */
    public long numGradients() { return numGradients; }

    /** Evaluates $\log\pi$ and its gradient at {@code z.position}, storing both in {@code z}. */
    public void evaluate(PhasePoint z) {
        z.logDensity = density.logDensityGradient(z.position, z.gradient);
        numGradients++;
    }

    /** Advances {@code z} in place by one leapfrog step of (signed) size {@code stepSize}. */
    public void step(PhasePoint z, Metric metric, double stepSize) {
        double half = 0.5 * stepSize;
        double[] q = z.position, p = z.momentum, g = z.gradient;
        int d = q.length;
        for (int i = 0; i < d; i++) p[i] += half * g[i];
        metric.velocity(p, velocity);
        for (int i = 0; i < d; i++) q[i] += stepSize * velocity[i];
        evaluate(z);
        for (int i = 0; i < d; i++) p[i] += half * g[i];
    }
}
