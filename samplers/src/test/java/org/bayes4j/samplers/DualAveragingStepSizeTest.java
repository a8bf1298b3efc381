package org.bayes4j.samplers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bayes4j.samplers.adaptation.DualAveragingStepSize;
import org.junit.jupiter.api.Test;

/** Dual averaging finds the step size whose acceptance statistic equals the target. */
class DualAveragingStepSizeTest {

    @Test
    void firstUpdateMatchesTheFormula() {
        DualAveragingStepSize s = DualAveragingStepSize.stan(0.8, 1.0).learn(0.5);
        // eta = 1/11, sBar = 0.3/11, x = log 10 - sBar * 1/0.05, xBar = x (weight 1^-0.75 = 1)
        double sBar = 0.3 / 11;
        assertEquals(sBar, s.sBar(), 1e-15);
        assertEquals(Math.log(10) - sBar / 0.05, s.x(), 1e-13);
        assertEquals(s.x(), s.xBar(), 1e-13);
        assertEquals(Math.exp(s.x()), s.stepSize(), 1e-13);
    }

    @Test
    void convergesOnADeterministicAcceptanceCurve() {
        // acceptance alpha(eps) = exp(-eps): the fixed point is eps* = -log(0.8)
        DualAveragingStepSize s = DualAveragingStepSize.stan(0.8, 1.0);
        // (the averaged iterate forgets its start slowly, like t^{-(1-kappa)}: 2% after 2000 updates)
        for (int t = 0; t < 2000; t++) s = s.learn(Math.exp(-s.stepSize()));
        assertEquals(-Math.log(0.8), s.finalStepSize(), 0.02 * -Math.log(0.8));
    }

    @Test
    void convergesOnANoisyAcceptanceCurve() {
        // acceptance observed with uniform noise of +-0.2 around exp(-eps); fixed seed, the
        // averaged iterate's error after 5000 updates is far below the 5% tolerance
        org.apache.commons.rng.UniformRandomProvider rng = org.apache.commons.rng.simple.RandomSource.XO_RO_SHI_RO_128_PP.create(5L);
        DualAveragingStepSize s = DualAveragingStepSize.stan(0.8, 1.0);
        for (int t = 0; t < 5000; t++) s = s.learn(Math.exp(-s.stepSize()) + 0.4 * (rng.nextDouble() - 0.5));
        assertEquals(-Math.log(0.8), s.finalStepSize(), 0.05 * -Math.log(0.8));
    }

    @Test
    void acceptanceAboveTargetGrowsTheStepAndBelowShrinksIt() {
        DualAveragingStepSize s = DualAveragingStepSize.stan(0.8, 1.0).restart(0.1);
        assertTrue(s.learn(1.0).stepSize() > s.learn(0.2).stepSize());
        assertEquals(0.1, s.finalStepSize(), 1e-15, "before any update the final step size is the current one");
        assertEquals(Math.log(1.0), s.mu(), 1e-15, "restart shrinks towards log(10 * eps)");
    }

    @Test
    void nutsWarmupHitsTheTargetAcceptance() {
        // 10-d Gaussian with unequal scales. While dual averaging runs (warm-up iterations 500-950,
        // 900 statistics over 2 chains, sd of their mean about 0.01) the acceptance statistic averages
        // the target; the frozen step size exp(xBar) is a little smaller than the last iterates, so
        // the sampling phase accepts somewhat more, as Stan's runs do (accept_stat near 0.9 at delta 0.8)
        double[] mu = new double[10], sigma = new double[10];
        for (int i = 0; i < 10; i++) sigma[i] = 1 + i;
        double previous = 0;
        for (double target : new double[] {0.6, 0.8, 0.95}) {
            var draws = NutsRecoversGaussiansTest.run(Densities.independent(mu, sigma),
                    org.bayes4j.spi.sampler.SamplerConfig.defaults().withChains(2).withDraws(1000).withSeed(17).withTargetAccept(target)
                            .withSaveWarmup(true));
            double accept = NutsRecoversGaussiansTest.meanOf(draws, st -> st.acceptStat());
            double lateWarmup = draws.chains().stream().flatMap(c -> c.warmupStats().subList(500, 950).stream())
                    .mapToDouble(st -> st.acceptStat()).average().orElseThrow();
            System.out.println("target " + target + ": mean acceptance " + accept + ", in warm-up iterations 500-950 " + lateWarmup
                    + ", step size " + draws.chains().get(0).stepSize());
            assertEquals(target, lateWarmup, 0.05, "target " + target + ": mean acceptance during adaptation");
            assertTrue(accept > target - 0.05 && accept < target + 0.2, "target " + target + ": mean acceptance " + accept);
            assertTrue(accept > previous, "acceptance must increase with the target");
            previous = accept;
        }
    }
}
