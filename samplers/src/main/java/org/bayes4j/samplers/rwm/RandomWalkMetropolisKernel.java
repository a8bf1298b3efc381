package org.bayes4j.samplers.rwm;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.bayes4j.spi.density.LogDensity;
import org.bayes4j.spi.sampler.SampleStats;
import org.bayes4j.spi.sampler.Transition;
import org.bayes4j.spi.sampler.TransitionKernel;

/**
 * Gaussian random-walk Metropolis (Metropolis et al. 1953): propose
 * $q^* = q + s\,\Sigma p$ with $p\sim N(0,\Sigma^{-1})$, so $s\Sigma p\sim N(0, s^2\Sigma)$;
 * the proposal is symmetric, so accept with probability $\min(1, \pi(q^*)/\pi(q))$.
 * The optimal acceptance rate in high dimension is about 0.234 (Roberts, Gelman
 * &amp; Gilks 1997). Needs no gradient.
 */
public final class RandomWalkMetropolisKernel implements TransitionKernel<RwmState, RwmTuning> {

    private final LogDensity density;
    private final double[] p;
    private final double[] step;

    public RandomWalkMetropolisKernel(LogDensity density) {
        this.density = density;
        this.p = new double[density.dimension()];
        this.step = new double[density.dimension()];
    }

    @Override public RwmState init(double[] position) {
        if (position.length != density.dimension()) {
            throw new IllegalArgumentException("rwm: initial position has " + position.length + " coordinates, but the density has "
                    + density.dimension());
        }
        return new RwmState(position.clone(), density.logDensity(position));
    }

    @Override public Transition<RwmState> step(UniformRandomProvider rng, RwmState state, RwmTuning tuning) {
        tuning.metric().sampleMomentum(ZigguratSampler.NormalizedGaussian.of(rng), p);
        tuning.metric().velocity(p, step);
        double[] proposal = state.position().clone();
        for (int i = 0; i < proposal.length; i++) proposal[i] += tuning.stepSize() * step[i];
        double lp = density.logDensity(proposal);
        if (Double.isNaN(lp)) lp = Double.NEGATIVE_INFINITY;
        double logRatio = lp - state.logDensity();
        double acceptProb = logRatio >= 0 ? 1.0 : Math.exp(logRatio);
        boolean accept = acceptProb >= 1.0 || rng.nextDouble() < acceptProb;
        RwmState next = accept ? new RwmState(proposal, lp) : state;
        return new Transition<>(next, new SampleStats(next.logDensity(), acceptProb, tuning.stepSize(), 0, 0, false, -next.logDensity()));
    }
}
