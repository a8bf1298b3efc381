package org.bayes4j.samplers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.bayes4j.samplers.hmc.HmcState;
import org.bayes4j.samplers.integrator.LeapfrogIntegrator;
import org.bayes4j.samplers.metric.UnitMetric;
import org.bayes4j.samplers.nuts.NutsKernel;
import org.bayes4j.samplers.nuts.NutsTuning;
import org.bayes4j.samplers.trajectory.SubtreeSelection;
import org.bayes4j.samplers.trajectory.TrajectoryBuilder;
import org.bayes4j.samplers.trajectory.UTurnCheck;
import org.bayes4j.spi.sampler.Transition;
import org.junit.jupiter.api.Test;

/**
 * What the U-turn criterion buys: on a 50-dimensional standard normal with
 * $\epsilon = 0.25$, the flow needs about $\pi/\epsilon \approx 13$ steps for a half
 * orbit, so correct NUTS stops at depth 3-5 and its draws of each coordinate are
 * nearly independent (Stan typically reports ESS above the number of draws for
 * means here). A criterion that never fires wastes $2^{10}$ steps per draw; one that
 * always fires turns NUTS into a two-step random walk with ESS a few percent of
 * the draws. Both are caught.
 *
 * <p>Statistical margins: 2000 draws; correct NUTS gives ESS/draws near 1 (about
 * 0.3 under the bound would need a gross error of the ESS estimate); the
 * always-stop variant has autocorrelation near 1 - eps^2 per draw, ESS/draws
 * near 0.03, far below 0.3.
 */
class NutsTrajectoryEfficiencyTest {

    private static final int D = 50, DRAWS = 2000;

    record Run(double meanDepth, double essPerDraw) {}

    static Run run(Function<LeapfrogIntegrator, NutsKernel> kernels) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(61L);
        NutsKernel kernel = kernels.apply(new LeapfrogIntegrator(Densities.standardNormal(D)));
        var g = ZigguratSampler.NormalizedGaussian.of(rng);
        double[] start = new double[D];
        for (int i = 0; i < D; i++) start[i] = g.sample();
        HmcState s = kernel.init(start);
        NutsTuning tuning = new NutsTuning(0.25, new UnitMetric(D), 10);
        double[][] x0 = new double[1][DRAWS];
        double depth = 0;
        for (int i = 0; i < DRAWS; i++) {
            Transition<HmcState> t = kernel.step(rng, s, tuning);
            s = t.next();
            x0[0][i] = s.position()[0];
            depth += t.stats().treeDepth() / (double) DRAWS;
        }
        return new Run(depth, McmcStats.ess(x0) / DRAWS);
    }

    @Test
    void correctCriterionGivesShortTrajectoriesAndNearlyIndependentDraws() {
        Run r = run(NutsKernel::new);
        System.out.println("generalised U-turn: " + r);
        assertTrue(r.meanDepth() > 2.5 && r.meanDepth() < 6, "mean tree depth " + r.meanDepth());
        assertTrue(r.essPerDraw() > 0.3, "ESS per draw " + r.essPerDraw());
    }

    @Test
    void catchesACriterionThatNeverFires() {
        UTurnCheck never = (a, b, c, d, e, f, g, h, i) -> true;
        Run r = run(i -> new NutsKernel(i, new TrajectoryBuilder(i, never, SubtreeSelection.BIASED_PROGRESSIVE)));
        System.out.println("never fires: " + r);
        assertTrue(!(r.meanDepth() > 2.5 && r.meanDepth() < 6), "a never-firing criterion should be caught: " + r);
    }

    @Test
    void catchesACriterionThatAlwaysFires() {
        UTurnCheck always = (a, b, c, d, e, f, g, h, i) -> false;
        Run r = run(i -> new NutsKernel(i, new TrajectoryBuilder(i, always, SubtreeSelection.BIASED_PROGRESSIVE)));
        System.out.println("always fires: " + r);
        assertTrue(!(r.essPerDraw() > 0.3), "an always-firing criterion should be caught: " + r);
    }

    @Test
    void catchesACriterionWithTheWrongSign() {
        // "continue while turned back": stops on straight runs, keeps going after U-turns
        UTurnCheck flipped = (a, b, c, d, e, f, g, h, i) -> !UTurnCheck.GENERALISED.continuesAfterMerge(a, b, c, d, e, f, g, h, i);
        Run r = run(i -> new NutsKernel(i, new TrajectoryBuilder(i, flipped, SubtreeSelection.BIASED_PROGRESSIVE)));
        System.out.println("flipped sign: " + r);
        assertTrue(!(r.meanDepth() > 2.5 && r.meanDepth() < 6 && r.essPerDraw() > 0.3), "a sign-flipped criterion should be caught: " + r);
    }
}
