package org.bayes4j.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.bayes4j.spi.sampler.ChainState;
import org.bayes4j.spi.sampler.SampleStats;
import org.bayes4j.spi.sampler.Transition;
import org.bayes4j.spi.sampler.TransitionKernel;
import org.junit.jupiter.api.Test;

/**
 * The laws of {@link TransitionKernel} as JUnit 5 tests. A plug-in author
 * extends this class, supplies fresh kernels bound to a target, a fixed tuning,
 * exact draws from the target and the CDF of its first coordinate, and inherits:
 * <ol>
 *   <li>{@link #initKeepsThePosition}: {@code init(q).position()} equals {@code q}
 *       and its log density is finite;</li>
 *   <li>{@link #stepNeverMutatesItsInputs}: the input state's position and log
 *       density are unchanged by a step;</li>
 *   <li>{@link #equalStreamsGiveEqualResults}: equal random stream, state and tuning
 *       give an equal next state and statistics, on a fresh kernel and on a reused
 *       one (no hidden state leaks between steps);</li>
 *   <li>{@link #statisticsAreConsistent}: the reported log density is the next
 *       state's, the acceptance statistic lies in [0, 1], counts are non-negative;</li>
 *   <li>{@link #leavesTargetInvariant}: exact draws in, one step with fixed tuning,
 *       and the first coordinate's distribution is unchanged (Geweke 2004 reduced to
 *       one step): Kolmogorov-Smirnov $\sqrt N D < 1.95$, a false-failure
 *       probability of 0.001 for the default seed-fixed run.</li>
 * </ol>
 * Every law is a public method, so a test can run it against a deliberately
 * broken kernel and assert that it fails.
 *
 * @param <S> chain state
 * @param <P> tuning
 */
public abstract class TransitionKernelContract<S extends ChainState, P> {

    /** A fresh kernel bound to its own evaluator of the target. */
    protected abstract TransitionKernel<S, P> newKernel();

    /** The fixed tuning used by every law. */
    protected abstract P tuning();

    /** An exact, independent draw from the target (unconstrained coordinates). */
    protected abstract double[] exactDraw(UniformRandomProvider rng);

    /** CDF of the target's first unconstrained coordinate. */
    protected abstract double firstCoordinateCdf(double x);

    /** Number of one-step transitions in the invariance law (default 5000). */
    protected int invarianceDraws() { return 5000; }

    /** Base seed of the laws. */
    protected long seed() { return 20_040_101L; }

    private UniformRandomProvider rng(long offset) { return RandomSource.XO_RO_SHI_RO_128_PP.create(seed() + offset); }

    @Test
    public void initKeepsThePosition() {
        UniformRandomProvider rng = rng(1);
        for (int k = 0; k < 20; k++) {
            double[] q = exactDraw(rng);
            S s = newKernel().init(q.clone());
            assertArrayEquals(q, s.position(), 0.0, "init must start at the given position");
            assertTrue(Double.isFinite(s.logDensity()), "log density at an exact draw is " + s.logDensity());
        }
    }

    @Test
    public void stepNeverMutatesItsInputs() {
        UniformRandomProvider rng = rng(2);
        TransitionKernel<S, P> kernel = newKernel();
        S s = kernel.init(exactDraw(rng));
        for (int k = 0; k < 50; k++) {
            double[] before = s.position().clone();
            double lp = s.logDensity();
            Transition<S> t = kernel.step(rng, s, tuning());
            assertArrayEquals(before, s.position(), 0.0, "step " + k + " changed its input state's position");
            assertEquals(lp, s.logDensity(), 0.0, "step " + k + " changed its input state's log density");
            s = t.next();
        }
    }

    @Test
    public void equalStreamsGiveEqualResults() {
        UniformRandomProvider draws = rng(3);
        TransitionKernel<S, P> reused = newKernel();
        for (int k = 0; k < 20; k++) {
            double[] q = exactDraw(draws);
            Transition<S> a = newKernel().step(rng(100 + k), newKernel().init(q), tuning());
            Transition<S> b = newKernel().step(rng(100 + k), newKernel().init(q), tuning());
            // a reused kernel first takes an unrelated step, then must reproduce the result
            reused.step(rng(999), reused.init(exactDraw(draws)), tuning());
            Transition<S> c = reused.step(rng(100 + k), reused.init(q), tuning());
            assertArrayEquals(a.next().position(), b.next().position(), 0.0, "fresh kernels disagree at case " + k);
            assertEquals(a.stats(), b.stats(), "fresh kernels report different statistics at case " + k);
            assertArrayEquals(a.next().position(), c.next().position(), 0.0, "a reused kernel disagrees at case " + k);
            assertEquals(a.stats(), c.stats(), "a reused kernel reports different statistics at case " + k);
        }
    }

    @Test
    public void statisticsAreConsistent() {
        UniformRandomProvider rng = rng(4);
        TransitionKernel<S, P> kernel = newKernel();
        S s = kernel.init(exactDraw(rng));
        for (int k = 0; k < 100; k++) {
            Transition<S> t = kernel.step(rng, s, tuning());
            SampleStats st = t.stats();
            assertEquals(t.next().logDensity(), st.logDensity(), 0.0, "reported lp is not the next state's");
            assertTrue(st.acceptStat() >= 0 && st.acceptStat() <= 1, "acceptance statistic " + st.acceptStat());
            assertTrue(st.treeDepth() >= 0 && st.numLeapfrog() >= 0, "negative counts: " + st);
            s = t.next();
        }
    }

    @Test
    public void leavesTargetInvariant() {
        UniformRandomProvider rng = rng(5);
        TransitionKernel<S, P> kernel = newKernel();
        int n = invarianceDraws();
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = kernel.step(rng, kernel.init(exactDraw(rng)), tuning()).next().position()[0];
        Arrays.sort(x);
        double d = 0;
        for (int i = 0; i < n; i++) {
            double f = firstCoordinateCdf(x[i]);
            d = Math.max(d, Math.max((i + 1.0) / n - f, f - (double) i / n));
        }
        double ks = Math.sqrt(n) * d;
        assertTrue(ks < 1.95, "one step from exact draws changed the first coordinate's distribution: sqrt(N) KS = " + ks
                + " (limit 1.95, p = 0.001)");
    }
}
