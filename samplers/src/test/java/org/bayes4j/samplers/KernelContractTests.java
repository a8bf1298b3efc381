package org.bayes4j.samplers;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.bayes4j.samplers.hmc.HmcState;
import org.bayes4j.samplers.hmc.StaticHmcKernel;
import org.bayes4j.samplers.hmc.StaticHmcTuning;
import org.bayes4j.samplers.integrator.LeapfrogIntegrator;
import org.bayes4j.samplers.metric.DenseMetric;
import org.bayes4j.samplers.metric.DiagonalMetric;
import org.bayes4j.samplers.nuts.NutsKernel;
import org.bayes4j.samplers.nuts.NutsTuning;
import org.bayes4j.samplers.rwm.RandomWalkMetropolisKernel;
import org.bayes4j.samplers.rwm.RwmState;
import org.bayes4j.samplers.rwm.RwmTuning;
import org.bayes4j.spi.sampler.TransitionKernel;
import org.bayes4j.testkit.contract.TransitionKernelContract;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every shipped kernel against {@link TransitionKernelContract}, on a correlated
 * bivariate Gaussian (sd 1 and 2, correlation 0.7) with deliberately imperfect
 * metrics; plus a broken kernel that the contract's invariance law must reject.
 */
class KernelContractTests {

    static final double SD1 = 1, SD2 = 2, R = 0.7;

    static double[] bivariateDraw(UniformRandomProvider rng) {
        var g = ZigguratSampler.NormalizedGaussian.of(rng);
        double a = g.sample(), b = g.sample();
        return new double[] {SD1 * a, SD2 * (R * a + Math.sqrt(1 - R * R) * b)};
    }

    abstract static class OnBivariate<S extends org.bayes4j.spi.sampler.ChainState, P> extends TransitionKernelContract<S, P> {
        @Override protected double[] exactDraw(UniformRandomProvider rng) { return bivariateDraw(rng); }
        @Override protected double firstCoordinateCdf(double x) { return NormalDistribution.of(0, SD1).cumulativeProbability(x); }
    }

    @Nested
    class NutsDiagonal extends OnBivariate<HmcState, NutsTuning> {
        @Override protected TransitionKernel<HmcState, NutsTuning> newKernel() { return new NutsKernel(Densities.bivariate(SD1, SD2, R)); }
        @Override protected NutsTuning tuning() { return new NutsTuning(0.9, new DiagonalMetric(new double[] {0.6, 5}), 10); }
    }

    @Nested
    class NutsDense extends OnBivariate<HmcState, NutsTuning> {
        @Override protected TransitionKernel<HmcState, NutsTuning> newKernel() { return new NutsKernel(Densities.bivariate(SD1, SD2, R)); }
        @Override protected NutsTuning tuning() { return new NutsTuning(1.1, new DenseMetric(2, new double[] {1, 1.2, 1.2, 4}), 10); }
    }

    @Nested
    class StaticHmc extends OnBivariate<HmcState, StaticHmcTuning> {
        @Override protected TransitionKernel<HmcState, StaticHmcTuning> newKernel() {
            return new StaticHmcKernel(new LeapfrogIntegrator(Densities.bivariate(SD1, SD2, R)));
        }
        @Override protected StaticHmcTuning tuning() { return new StaticHmcTuning(0.7, new DiagonalMetric(new double[] {1, 4}), 2.5); }
    }

    @Nested
    class RandomWalk extends OnBivariate<RwmState, RwmTuning> {
        @Override protected TransitionKernel<RwmState, RwmTuning> newKernel() {
            return new RandomWalkMetropolisKernel(Densities.bivariate(SD1, SD2, R));
        }
        @Override protected RwmTuning tuning() { return new RwmTuning(1.5, new DiagonalMetric(new double[] {1, 4})); }
    }

    @Test
    void invarianceLawCatchesAnUncorrectedKernel() {
        // static HMC without the accept/reject step (an anonymous subclass, so no test engine runs it as a suite)
        OnBivariate<HmcState, StaticHmcTuning> uncorrected = new OnBivariate<>() {
            @Override protected TransitionKernel<HmcState, StaticHmcTuning> newKernel() {
                return new NutsLeavesTargetInvariantTest.UncorrectedHmc(new LeapfrogIntegrator(Densities.bivariate(SD1, SD2, R)));
            }
            @Override protected StaticHmcTuning tuning() { return new StaticHmcTuning(1.2, new DiagonalMetric(new double[] {1, 4}), 3.6); }
        };
        assertThrows(AssertionError.class, uncorrected::leavesTargetInvariant);
    }
}
