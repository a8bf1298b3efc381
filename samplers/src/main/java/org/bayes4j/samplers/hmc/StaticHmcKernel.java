package org.bayes4j.samplers.hmc;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.bayes4j.samplers.integrator.LeapfrogIntegrator;
import org.bayes4j.samplers.integrator.PhasePoint;
import org.bayes4j.samplers.trajectory.TrajectoryBuilder;
import org.bayes4j.spi.sampler.SampleStats;
import org.bayes4j.spi.sampler.Transition;
import org.bayes4j.spi.sampler.TransitionKernel;

/**
 * Static Hamiltonian Monte Carlo (Duane et al. 1987; Neal 2011): draw
 * $p\sim N(0,M)$, take $L$ leapfrog steps to $(q^*, p^*)$ and accept with
 * probability $\min(1, e^{H(q,p) - H(q^*,p^*)})$, else stay. The leapfrog map is
 * volume-preserving and, with the final momentum negation implicit, an
 * involution, so this Metropolis correction makes the kernel exact.
 * The reported acceptance statistic is that probability; a divergence is an
 * energy error above {@value TrajectoryBuilder#MAX_ENERGY_ERROR}.
 */
public final class StaticHmcKernel implements TransitionKernel<HmcState, StaticHmcTuning> {

    private final LeapfrogIntegrator integrator;
    private final PhasePoint z;

    public StaticHmcKernel(LeapfrogIntegrator integrator) {
        this.integrator = integrator;
        this.z = new PhasePoint(integrator.density().dimension());
    }

    @Override public HmcState init(double[] position) {
        if (position.length != z.dimension()) {
            throw new IllegalArgumentException("hmc: initial position has " + position.length + " coordinates, but the density has " + z.dimension());
        }
        System.arraycopy(position, 0, z.position, 0, position.length);
        integrator.evaluate(z);
        return new HmcState(z.position.clone(), z.logDensity, z.gradient.clone());
    }

    @Override public Transition<HmcState> step(UniformRandomProvider rng, HmcState state, StaticHmcTuning tuning) {
        int d = z.dimension();
        System.arraycopy(state.position(), 0, z.position, 0, d);
        System.arraycopy(state.gradient(), 0, z.gradient, 0, d);
        z.logDensity = state.logDensity();
        tuning.metric().sampleMomentum(ZigguratSampler.NormalizedGaussian.of(rng), z.momentum);
        double h0 = z.hamiltonian(tuning.metric());
        int steps = tuning.numSteps();
        for (int l = 0; l < steps; l++) integrator.step(z, tuning.metric(), tuning.stepSize());
        double h = z.hamiltonian(tuning.metric());
        double acceptProb = h0 - h >= 0 ? 1.0 : Math.exp(h0 - h);
        boolean diverging = h - h0 > TrajectoryBuilder.MAX_ENERGY_ERROR;
        boolean accept = acceptProb >= 1.0 || rng.nextDouble() < acceptProb;
        HmcState next = accept ? new HmcState(z.position.clone(), z.logDensity, z.gradient.clone()) : state;
        return new Transition<>(next, new SampleStats(next.logDensity(), acceptProb, tuning.stepSize(), 0, steps, diverging,
                accept ? h : h0));
    }
}
