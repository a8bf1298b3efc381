package org.bayes4j.samplers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.bayes4j.samplers.integrator.LeapfrogIntegrator;
import org.bayes4j.samplers.integrator.PhasePoint;
import org.bayes4j.samplers.metric.UnitMetric;
import org.bayes4j.samplers.trajectory.SubtreeSelection;
import org.bayes4j.samplers.trajectory.TrajectoryBuilder;
import org.bayes4j.samplers.trajectory.TrajectoryResult;
import org.bayes4j.samplers.trajectory.UTurnCheck;
import org.bayes4j.spi.density.LogDensity;
import org.junit.jupiter.api.Test;

/** Bookkeeping of the doubling: step counts, depth, divergences, acceptance statistic. */
class TrajectoryBuilderTest {

    private static PhasePoint start(LeapfrogIntegrator integrator, double[] q, double[] p) {
        PhasePoint z = new PhasePoint(q.length);
        System.arraycopy(q, 0, z.position, 0, q.length);
        System.arraycopy(p, 0, z.momentum, 0, p.length);
        integrator.evaluate(z);
        return z;
    }

    @Test
    void withoutUTurnsTheTreeReachesMaxDepthWithTwoToTheDepthMinusOneSteps() {
        LeapfrogIntegrator integrator = new LeapfrogIntegrator(Densities.standardNormal(3));
        TrajectoryBuilder builder = new TrajectoryBuilder(integrator, (a, b, c, d, e, f, g, h, i) -> true, SubtreeSelection.BIASED_PROGRESSIVE);
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(1L);
        for (int depth = 1; depth <= 8; depth++) {
            TrajectoryResult r = builder.build(start(integrator, new double[] {0.1, 0.2, 0.3}, new double[] {1, 0, -1}),
                    new UnitMetric(3), 0.1, depth, rng);
            assertEquals(depth, r.treeDepth());
            assertEquals((1 << depth) - 1, r.numLeapfrog());
            assertFalse(r.diverging());
            // small steps on a Gaussian: energy nearly conserved, acceptance statistic near 1
            assertTrue(r.acceptStat() > 0.99 && r.acceptStat() <= 1, "accept " + r.acceptStat());
        }
    }

    @Test
    void aU_turnOnTheFirstMergeStopsAtDepthOne() {
        LeapfrogIntegrator integrator = new LeapfrogIntegrator(Densities.standardNormal(2));
        TrajectoryBuilder builder = new TrajectoryBuilder(integrator, (a, b, c, d, e, f, g, h, i) -> false, SubtreeSelection.BIASED_PROGRESSIVE);
        TrajectoryResult r = builder.build(start(integrator, new double[] {0, 0}, new double[] {1, 1}), new UnitMetric(2), 0.1, 10,
                RandomSource.XO_RO_SHI_RO_128_PP.create(2L));
        assertEquals(1, r.treeDepth());
        assertEquals(1, r.numLeapfrog());
    }

    @Test
    void energyErrorAboveOneThousandIsADivergenceAndEndsTheTrajectory() {
        // a wall: log density -2000 beyond x = 1 (a cliff in energy of 2000 > 1000)
        LogDensity wall = new LogDensity() {
            @Override public int dimension() { return 1; }
            @Override public double logDensity(double[] x) { return x[0] > 1 ? -2000 : -0.5 * x[0] * x[0]; }
            @Override public double logDensityGradient(double[] x, double[] g) {
                g[0] = x[0] > 1 ? 0 : -x[0];
                return logDensity(x);
            }
        };
        LeapfrogIntegrator integrator = new LeapfrogIntegrator(wall);
        TrajectoryBuilder builder = new TrajectoryBuilder(integrator);
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(3L);
        int divergent = 0;
        for (int k = 0; k < 50; k++) {
            TrajectoryResult r = builder.build(start(integrator, new double[] {0.9}, new double[] {3}), new UnitMetric(1), 0.3, 10, rng);
            if (r.diverging()) {
                divergent++;
                assertTrue(builder.selected().position[0] <= 1, "a divergent state is never selected: " + builder.selected().position[0]);
            }
        }
        assertTrue(divergent > 0, "moving at speed 3 towards the wall must hit it on some trajectories");
    }

    @Test
    void pluggedRulesAreUsed() {
        LeapfrogIntegrator integrator = new LeapfrogIntegrator(Densities.standardNormal(1));
        int[] calls = new int[1];
        UTurnCheck counting = (a, b, c, d, e, f, g, h, i) -> { calls[0]++; return UTurnCheck.GENERALISED.continuesAfterMerge(a, b, c, d, e, f, g, h, i); };
        new TrajectoryBuilder(integrator, counting, SubtreeSelection.BIASED_PROGRESSIVE)
                .build(start(integrator, new double[] {0}, new double[] {1}), new UnitMetric(1), 0.2, 10, RandomSource.XO_RO_SHI_RO_128_PP.create(4L));
        assertTrue(calls[0] > 0);
    }
}
