package org.bayes4j.samplers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.bayes4j.samplers.integrator.LeapfrogIntegrator;
import org.bayes4j.samplers.integrator.PhasePoint;
import org.bayes4j.samplers.metric.DenseMetric;
import org.bayes4j.samplers.metric.DiagonalMetric;
import org.bayes4j.samplers.metric.Metric;
import org.bayes4j.samplers.metric.UnitMetric;
import org.bayes4j.samplers.trajectory.GeneralisedUTurn;
import org.bayes4j.samplers.trajectory.SubtreeSelection;
import org.bayes4j.samplers.trajectory.TrajectoryBuilder;
import org.bayes4j.samplers.trajectory.TrajectoryResult;
import org.bayes4j.samplers.trajectory.UTurnCheck;
import org.bayes4j.spi.density.LogDensity;
import org.bayes4j.testkit.Property;
import org.junit.jupiter.api.Test;

/**
 * Fast = slow reference (BlackJAX {@code test_trajectory.py}): the buffer-reusing
 * {@link TrajectoryBuilder} against a deliberately naive NUTS that keeps the
 * whole trajectory as a time-ordered list, recomputes every momentum sum from
 * scratch, and states the U-turn rule directly on spans of that list: at every
 * merge of adjacent spans A (earlier) and B (later), the criterion must hold on
 * A+B, on A plus the first state of B, and on the last state of A plus B
 * (Betancourt 2017, A.4.2). Both consume the same random stream in the same
 * order, so selected state, depth, step count, divergence flag and acceptance
 * statistic must agree exactly, on well-behaved targets and on the divergent
 * centred eight-schools funnel.
 */
class TrajectoryBuilderMatchesExplicitReferenceTest {

    /** A phase-space state of the reference (immutable, freshly allocated). */
    record State(double[] q, double[] p, double[] g, double lp) {}

    record Sub(boolean valid, double logWeight, State proposal) {}

    /** The naive reference transition. */
    static final class Reference {
        final LogDensity density;
        final Metric metric;
        final double eps;
        final UniformRandomProvider rng;
        double h0;
        int numLeapfrog;
        double sumMetro;
        boolean diverging;

        Reference(LogDensity density, Metric metric, double eps, UniformRandomProvider rng) {
            this.density = density;
            this.metric = metric;
            this.eps = eps;
            this.rng = rng;
        }

        State leapfrog(State s, double e) {
            int d = s.q.length;
            double[] p = s.p.clone(), q = s.q.clone(), v = new double[d], g = new double[d];
            for (int i = 0; i < d; i++) p[i] += 0.5 * e * s.g[i];
            metric.velocity(p, v);
            for (int i = 0; i < d; i++) q[i] += e * v[i];
            double lp = density.logDensityGradient(q, g);
            for (int i = 0; i < d; i++) p[i] += 0.5 * e * g[i];
            return new State(q, p, g, lp);
        }

        double energy(State s) {
            double h = -s.lp + metric.kineticEnergy(s.p);
            return Double.isNaN(h) ? Double.POSITIVE_INFINITY : h;
        }

        /** The generalised criterion on the contiguous span [i, j] of a time- or build-ordered list. */
        boolean spanContinues(List<State> states, int i, int j) {
            int d = states.get(i).q.length;
            double[] rho = new double[d];
            for (int k = i; k <= j; k++) for (int c = 0; c < d; c++) rho[c] += states.get(k).p[c];
            double[] a = new double[d], b = new double[d];
            metric.velocity(states.get(i).p, a);
            metric.velocity(states.get(j).p, b);
            double da = 0, db = 0;
            for (int c = 0; c < d; c++) { da += a[c] * rho[c]; db += b[c] * rho[c]; }
            return da > 0 && db > 0;
        }

        /** Merge of adjacent spans [from, mid) and [mid, to): whole, left + first of right, last of left + right. */
        boolean mergeContinues(List<State> states, int from, int mid, int to) {
            return spanContinues(states, from, to - 1) && spanContinues(states, from, mid) && spanContinues(states, mid - 1, to - 1);
        }

        /** The subtree over built[from, to) in build order, visited as the recursion visits it. */
        Sub subtree(List<State> built, int from, int to) {
            if (to - from == 1) {
                State s = built.get(from);
                numLeapfrog++;
                double h = energy(s);
                if (h - h0 > 1000) diverging = true;
                sumMetro += Math.min(1.0, Math.exp(h0 - h));
                return new Sub(!diverging, h0 - h, s);
            }
            int mid = (from + to) / 2;
            Sub init = subtree(built, from, mid);
            if (!init.valid) return init;
            Sub fin = subtree(built, mid, to);
            if (!fin.valid) return fin;
            double logW = logSumExp(init.logWeight, fin.logWeight);
            State proposal = init.proposal;
            if (fin.logWeight > logW || rng.nextDouble() < Math.exp(fin.logWeight - logW)) proposal = fin.proposal;
            return new Sub(mergeContinues(built, from, mid, to), logW, proposal);
        }

        static double logSumExp(double a, double b) {
            if (a == Double.NEGATIVE_INFINITY) return b;
            if (b == Double.NEGATIVE_INFINITY) return a;
            return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
        }

        TrajectoryResult transition(State start, int maxDepth, State[] selected) {
            List<State> trajectory = new ArrayList<>(List.of(start));
            h0 = energy(start);
            State sample = start;
            double logW = 0;
            int depth = 0;
            while (depth < maxDepth) {
                boolean forward = rng.nextDouble() > 0.5;
                List<State> built = new ArrayList<>();
                State cur = forward ? trajectory.get(trajectory.size() - 1) : trajectory.get(0);
                for (int k = 0; k < (1 << depth); k++) {
                    cur = leapfrog(cur, forward ? eps : -eps);
                    built.add(cur);
                }
                Sub sub = subtree(built, 0, built.size());
                if (!sub.valid) break;
                depth++;
                if (sub.logWeight > logW || rng.nextDouble() < Math.exp(sub.logWeight - logW)) sample = sub.proposal;
                logW = logSumExp(logW, sub.logWeight);
                int oldSize = trajectory.size();
                int mid;
                if (forward) {
                    trajectory.addAll(built);
                    mid = oldSize;
                } else {
                    Collections.reverse(built);
                    trajectory.addAll(0, built);
                    mid = built.size();
                }
                if (!mergeContinues(trajectory, 0, mid, trajectory.size())) break;
            }
            selected[0] = sample;
            return new TrajectoryResult(depth, numLeapfrog, diverging, sumMetro / numLeapfrog, energy(sample));
        }
    }

    static void compare(String name, LogDensity density, Metric metric, double eps, int maxDepth, double spread, long seed, int cases) {
        compare(name, TrajectoryBuilder::new, density, metric, eps, maxDepth, spread, seed, cases);
    }

    static void compare(String name, java.util.function.Function<LeapfrogIntegrator, TrajectoryBuilder> builders, LogDensity density,
                        Metric metric, double eps, int maxDepth, double spread, long seed, int cases) {
        int d = density.dimension();
        int[] divergent = new int[1];
        Property.forAll(name, seed, cases, gen -> {
            double[] q = new double[d], p = new double[d], g = new double[d];
            for (int i = 0; i < d; i++) q[i] = spread * gen.normal();
            metric.sampleMomentum(org.apache.commons.rng.sampling.distribution.ZigguratSampler.NormalizedGaussian.of(gen.rng()), p);
            double lp = density.logDensityGradient(q, g);
            long streamSeed = gen.rng().nextLong();

            LeapfrogIntegrator integrator = new LeapfrogIntegrator(density);
            PhasePoint start = new PhasePoint(d);
            System.arraycopy(q, 0, start.position, 0, d);
            System.arraycopy(p, 0, start.momentum, 0, d);
            integrator.evaluate(start);
            TrajectoryBuilder builder = builders.apply(integrator);
            TrajectoryResult fast = builder.build(start, metric, eps, maxDepth, RandomSource.XO_RO_SHI_RO_128_PP.create(streamSeed));

            State[] selected = new State[1];
            TrajectoryResult slow = new Reference(density, metric, eps, RandomSource.XO_RO_SHI_RO_128_PP.create(streamSeed))
                    .transition(new State(q, p, g, lp), maxDepth, selected);

            assertEquals(slow.treeDepth(), fast.treeDepth(), "tree depth");
            assertEquals(slow.numLeapfrog(), fast.numLeapfrog(), "leapfrog steps");
            assertEquals(slow.diverging(), fast.diverging(), "divergence");
            assertEquals(slow.acceptStat(), fast.acceptStat(), 1e-12, "acceptance statistic");
            assertArrayEquals(selected[0].q(), builder.selected().position, 0.0, "selected position");
            assertEquals(slow.energy(), fast.energy(), 1e-9 * (1 + Math.abs(slow.energy())), "energy");
            if (fast.diverging()) divergent[0]++;
        });
        System.out.println(name + ": " + divergent[0] + " of " + cases + " transitions diverged");
    }

    @Test
    void agreesOnAStandardNormal() {
        compare("standard normal", Densities.standardNormal(3), new UnitMetric(3), 0.6, 10, 1.0, 81L, 200);
    }

    @Test
    void agreesOnACorrelatedGaussianWithDiagonalAndDenseMetrics() {
        LogDensity target = Densities.bivariate(1, 3, 0.9);
        compare("correlated, diagonal", target, new DiagonalMetric(new double[] {0.8, 6}), 0.5, 10, 1.5, 82L, 200);
        compare("correlated, dense", target, new DenseMetric(2, new double[] {1, 2.5, 2.5, 9}), 0.9, 10, 1.5, 83L, 200);
    }

    @Test
    void agreesOnTheDivergentFunnel() {
        // centred eight schools from random points with a large step: most transitions diverge
        compare("centred eight schools", Densities.eightSchoolsCentred(), new UnitMetric(10), 1.0, 6, 1.5, 84L, 200);
    }

    @Test
    void agreesAtSmallMaxDepth() {
        compare("max depth 3", Densities.ar1(20, 0.95), new UnitMetric(20), 0.1, 3, 1.0, 85L, 100);
    }

    @Test
    void catchesABuilderWithoutTheCrossSubtreeChecks() {
        // Stan's criterion before 2.26: only the merged span is checked
        UTurnCheck mergedOnly = (pSharpLeftFirst, pSharpLeftLast, pLeftLast, rhoLeft, pSharpRightFirst, pRightFirst,
                                 pSharpRightLast, rhoRight, rhoMerged) -> GeneralisedUTurn.continues(pSharpLeftFirst, pSharpRightLast, rhoMerged);
        assertThrows(AssertionError.class, () -> compare("merged-only criterion",
                i -> new TrajectoryBuilder(i, mergedOnly, SubtreeSelection.BIASED_PROGRESSIVE),
                Densities.standardNormal(3), new UnitMetric(3), 0.6, 10, 1.0, 81L, 200));
    }
}
