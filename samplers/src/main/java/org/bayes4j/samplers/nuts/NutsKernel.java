package org.bayes4j.samplers.nuts;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.bayes4j.samplers.hmc.HmcState;
import org.bayes4j.samplers.integrator.LeapfrogIntegrator;
import org.bayes4j.samplers.integrator.PhasePoint;
import org.bayes4j.samplers.trajectory.TrajectoryBuilder;
import org.bayes4j.samplers.trajectory.TrajectoryResult;
import org.bayes4j.spi.density.LogDensity;
import org.bayes4j.spi.sampler.SampleStats;
import org.bayes4j.spi.sampler.Transition;
import org.bayes4j.spi.sampler.TransitionKernel;

/**
 * The No-U-Turn sampler as Stan runs it: draw $p \sim N(0, M)$, build a
 * trajectory by doubling until a generalised U-turn, a divergence or the maximum
 * depth, and move to a state drawn multinomially (with biased progressive
 * sampling between subtrees). The parts are in
 * {@link org.bayes4j.samplers.trajectory}.
 *
 * <p>Reference: Hoffman &amp; Gelman 2014; Betancourt 2017, App. A; Stan
 * Reference Manual, "Hamiltonian Monte Carlo" (multinomial NUTS, Stan 2.26+).
 *
 * <p><b>Threading.</b> One kernel per chain, bound to that chain's evaluator; it
 * owns every buffer its trajectories use.
 */
public final class NutsKernel implements TransitionKernel<HmcState, NutsTuning> {

    private final LeapfrogIntegrator integrator;
    private final TrajectoryBuilder builder;
    private final PhasePoint start;

    public NutsKernel(LogDensity density) {
        this(new LeapfrogIntegrator(density));
    }

    public NutsKernel(LeapfrogIntegrator integrator) {
        this(integrator, new TrajectoryBuilder(integrator));
    }

    /** A kernel over a custom trajectory builder (which must use the same integrator). */
    public NutsKernel(LeapfrogIntegrator integrator, TrajectoryBuilder builder) {
        this.integrator = integrator;
        this.builder = builder;
        this.start = new PhasePoint(integrator.density().dimension());
    }

    public LeapfrogIntegrator integrator() { return integrator; }

    @Override public HmcState init(double[] unconstrainedPosition) {
        if (unconstrainedPosition.length != start.dimension()) {
            throw new IllegalArgumentException("nuts: initial position has " + unconstrainedPosition.length
                    + " coordinates, but the density has " + start.dimension());
        }
        System.arraycopy(unconstrainedPosition, 0, start.position, 0, start.dimension());
        integrator.evaluate(start);
        return new HmcState(start.position.clone(), start.logDensity, start.gradient.clone());
    }

    @Override public Transition<HmcState> step(UniformRandomProvider rng, HmcState state, NutsTuning tuning) {
        int d = start.dimension();
        System.arraycopy(state.position(), 0, start.position, 0, d);
        System.arraycopy(state.gradient(), 0, start.gradient, 0, d);
        start.logDensity = state.logDensity();
        tuning.metric().sampleMomentum(ZigguratSampler.NormalizedGaussian.of(rng), start.momentum);

        TrajectoryResult r = builder.build(start, tuning.metric(), tuning.stepSize(), tuning.maxTreeDepth(), rng);
        PhasePoint chosen = builder.selected();
        HmcState next = new HmcState(chosen.position.clone(), chosen.logDensity, chosen.gradient.clone());
        SampleStats stats = new SampleStats(chosen.logDensity, r.acceptStat(), tuning.stepSize(), r.treeDepth(),
                r.numLeapfrog(), r.diverging(), r.energy());
        return new Transition<>(next, stats);
    }
}
