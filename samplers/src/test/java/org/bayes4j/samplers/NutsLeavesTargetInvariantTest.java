package org.bayes4j.samplers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.bayes4j.samplers.hmc.HmcState;
import org.bayes4j.samplers.hmc.StaticHmcKernel;
import org.bayes4j.samplers.hmc.StaticHmcTuning;
import org.bayes4j.samplers.integrator.LeapfrogIntegrator;
import org.bayes4j.samplers.integrator.PhasePoint;
import org.bayes4j.samplers.metric.DiagonalMetric;
import org.bayes4j.samplers.metric.Metric;
import org.bayes4j.samplers.metric.UnitMetric;
import org.bayes4j.samplers.nuts.NutsKernel;
import org.bayes4j.samplers.nuts.NutsTuning;
import org.bayes4j.samplers.trajectory.SubtreeSelection;
import org.bayes4j.samplers.trajectory.TrajectoryBuilder;
import org.bayes4j.samplers.trajectory.UTurnCheck;
import org.bayes4j.spi.density.LogDensity;
import org.bayes4j.spi.sampler.SampleStats;
import org.bayes4j.spi.sampler.Transition;
import org.bayes4j.spi.sampler.TransitionKernel;
import org.junit.jupiter.api.Test;

/**
 * Invariance (Geweke 2004, "successive-conditional" reduced to one step): exact
 * draws from the target go through one transition with fixed tuning; the output
 * must have the target's distribution. Each run uses N independent starting
 * points, so the outputs are i.i.d. and classical tests apply exactly.
 *
 * <p>Checks and false-failure probabilities: the Kolmogorov-Smirnov statistic
 * $\sqrt N D < 1.95$ (asymptotic P(fail) = 0.001 per marginal) and moment
 * z-scores below 4.5 (P(fail) = 7e-6 each, normal approximation). With 12 checks
 * in passing configurations, the suite's false-failure probability is about 0.01
 * (all seeds fixed, so a pass is reproducible). Large step sizes are used on
 * purpose: the corrections (multinomial weights, Metropolis acceptance) only matter
 * when the energy error is large.
 */
class NutsLeavesTargetInvariantTest {

    private static final int N = Integer.getInteger("bayes4j.invariance.n", 50_000);
    private static final double KS_LIMIT = 1.95;
    private static final double Z_LIMIT = 4.5;

    /** Result of one invariance experiment: worst KS statistic (scaled by sqrt N) and worst moment z-score. */
    record Verdict(double ks, double z) {
        boolean passes() { return ks < KS_LIMIT && z < Z_LIMIT; }
        @Override public String toString() { return "sqrt(N) KS = " + ks + ", worst moment z = " + z; }
    }

    /**
     * One step from each of N exact draws; returns the outputs, N x d.
     */
    static <P> double[][] oneStep(Function<LeapfrogIntegrator, TransitionKernel<HmcState, P>> kernels, LogDensity density, P tuning,
                                  Function<UniformRandomProvider, double[]> exact, long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        TransitionKernel<HmcState, P> kernel = kernels.apply(new LeapfrogIntegrator(density));
        double[][] out = new double[N][];
        for (int i = 0; i < N; i++) {
            HmcState s = kernel.init(exact.apply(rng));
            out[i] = kernel.step(rng, s, tuning).next().position();
        }
        return out;
    }

    static double[] column(double[][] x, int j) {
        return Arrays.stream(x).mapToDouble(r -> r[j]).toArray();
    }

    /** $\sqrt N \sup|F_N - F|$. */
    static double ks(double[] x, DoubleUnaryOperator cdf) {
        double[] s = x.clone();
        Arrays.sort(s);
        double d = 0;
        for (int i = 0; i < s.length; i++) {
            double f = cdf.applyAsDouble(s[i]);
            d = Math.max(d, Math.max(Math.abs((i + 1.0) / s.length - f), Math.abs(f - (double) i / s.length)));
        }
        return Math.sqrt(s.length) * d;
    }

    /** z-score of the sample mean of {@code f(x)} against its exact mean and standard deviation. */
    static double z(double[] x, DoubleUnaryOperator f, double mean, double sd) {
        double s = 0;
        for (double v : x) s += f.applyAsDouble(v);
        return Math.abs(s / x.length - mean) / (sd / Math.sqrt(x.length));
    }

    /** Standard normal: KS, mean (sd 1), second moment (mean 1, sd sqrt 2). */
    static Verdict standardNormalVerdict(double[][] out) {
        double[] x = column(out, 0);
        NormalDistribution n = NormalDistribution.of(0, 1);
        return new Verdict(ks(x, n::cumulativeProbability),
                Math.max(z(x, v -> v, 0, 1), z(x, v -> v * v, 1, Math.sqrt(2))));
    }

    static double[] normal1(UniformRandomProvider rng) {
        return new double[] {ZigguratSampler.NormalizedGaussian.of(rng).sample()};
    }

    static NutsTuning unitNuts(double eps) { return new NutsTuning(eps, new UnitMetric(1), 10); }

    @Test
    void nutsLeavesStandardNormalInvariant() {
        // (validated beyond this suite: 60 seeds at N = 20000 and 4 seeds at N = 400000 per step size
        // gave KS p-values consistent with uniform)
        double[] steps = {0.4, 1.3, 1.9};
        for (int k = 0; k < steps.length; k++) {
            double eps = steps[k];
            Verdict v = standardNormalVerdict(oneStep(NutsKernel::new, Densities.standardNormal(1), unitNuts(eps),
                    NutsLeavesTargetInvariantTest::normal1, 410L + k));
            System.out.println(Thread.currentThread().getStackTrace()[1].getMethodName() + ": " + v);
            assertTrue(v.passes(), "eps " + eps + ": " + v);
        }
    }

    @Test
    void nutsLeavesCorrelatedGaussianInvariant() {
        // sd 1 and 2, correlation 0.8, a deliberately mismatched diagonal metric
        double sd1 = 1, sd2 = 2, r = 0.8;
        Metric metric = new DiagonalMetric(new double[] {0.5, 3.0});
        double[][] out = oneStep(NutsKernel::new, Densities.bivariate(sd1, sd2, r), new NutsTuning(0.9, metric, 10), rng -> {
            NormalizedGaussianSampler g = ZigguratSampler.NormalizedGaussian.of(rng);
            double a = g.sample(), b = g.sample();
            return new double[] {sd1 * a, sd2 * (r * a + Math.sqrt(1 - r * r) * b)};
        }, 42L);
        double[] x = column(out, 0), y = column(out, 1);
        double ks = Math.max(ks(x, NormalDistribution.of(0, sd1)::cumulativeProbability),
                ks(y, NormalDistribution.of(0, sd2)::cumulativeProbability));
        double zCross = 0;
        double s = 0, s2 = 0;
        for (int i = 0; i < N; i++) { double xy = x[i] * y[i]; s += xy; s2 += xy * xy; }
        double mean = s / N, sd = Math.sqrt(s2 / N - mean * mean);
        // E[xy] = r sd1 sd2; the sample sd is a consistent plug-in for the z-score
        zCross = Math.abs(mean - r * sd1 * sd2) / (sd / Math.sqrt(N));
        Verdict v = new Verdict(ks, Math.max(zCross, Math.max(z(x, t -> t, 0, sd1), z(y, t -> t, 0, sd2))));
        System.out.println(Thread.currentThread().getStackTrace()[1].getMethodName() + ": " + v);
        assertTrue(v.passes(), v.toString());
    }

    @Test
    void nutsLeavesSkewedTargetInvariant() {
        Verdict v = logGammaVerdict(oneStep(NutsKernel::new, Densities.logGamma2(), unitNuts(1.2),
                NutsLeavesTargetInvariantTest::logGamma1, 43L));
        System.out.println(Thread.currentThread().getStackTrace()[1].getMethodName() + ": " + v);
        assertTrue(v.passes(), v.toString());
    }

    @Test
    void staticHmcLeavesStandardNormalInvariant() {
        Verdict v = standardNormalVerdict(oneStep(StaticHmcKernel::new, Densities.standardNormal(1),
                new StaticHmcTuning(1.3, new UnitMetric(1), 3 * 1.3), NutsLeavesTargetInvariantTest::normal1, 44L));
        System.out.println(Thread.currentThread().getStackTrace()[1].getMethodName() + ": " + v);
        assertTrue(v.passes(), v.toString());
    }

    static double[] logGamma1(UniformRandomProvider rng) {
        double x = -Math.log(1 - rng.nextDouble()) - Math.log(1 - rng.nextDouble());
        return new double[] {Math.log(x)};
    }

    /** Skewed target: KS and E[e^y] = 2 (sd sqrt 2, since e^y ~ Gamma(2, 1)). */
    static Verdict logGammaVerdict(double[][] out) {
        double[] y = column(out, 0);
        return new Verdict(ks(y, Densities::logGamma2Cdf), z(y, Math::exp, 2, Math.sqrt(2)));
    }

    // ---- each check can fail: deliberately broken kernels are caught ----

    /** HMC that always accepts the end of the trajectory: no Metropolis correction. */
    static final class UncorrectedHmc implements TransitionKernel<HmcState, StaticHmcTuning> {
        private final LeapfrogIntegrator integrator;
        UncorrectedHmc(LeapfrogIntegrator integrator) { this.integrator = integrator; }
        @Override public HmcState init(double[] q) { return new StaticHmcKernel(integrator).init(q); }
        @Override public Transition<HmcState> step(UniformRandomProvider rng, HmcState s, StaticHmcTuning t) {
            PhasePoint z = new PhasePoint(s.position().length);
            System.arraycopy(s.position(), 0, z.position, 0, z.dimension());
            integrator.evaluate(z);
            t.metric().sampleMomentum(ZigguratSampler.NormalizedGaussian.of(rng), z.momentum);
            for (int l = 0; l < t.numSteps(); l++) integrator.step(z, t.metric(), t.stepSize());
            return new Transition<>(new HmcState(z.position.clone(), z.logDensity, z.gradient.clone()),
                    new SampleStats(z.logDensity, 1, t.stepSize(), 0, t.numSteps(), false, 0));
        }
    }

    @Test
    void catchesHmcWithoutMetropolisCorrection() {
        Verdict v = standardNormalVerdict(oneStep(UncorrectedHmc::new, Densities.standardNormal(1),
                new StaticHmcTuning(1.3, new UnitMetric(1), 3 * 1.3), NutsLeavesTargetInvariantTest::normal1, 44L));
        System.out.println(Thread.currentThread().getStackTrace()[1].getMethodName() + ": " + v);
        assertTrue(!v.passes(), "uncorrected HMC should be caught: " + v);
    }

    @Test
    void catchesNutsThatAlwaysMovesToTheNewSubtree() {
        // progressive sampling without the min(1, W_new/W_old) correction
        SubtreeSelection alwaysNew = (rng, logNew, logOld) -> true;
        Verdict v = logGammaVerdict(oneStep(i -> new NutsKernel(i, new TrajectoryBuilder(i, UTurnCheck.GENERALISED, alwaysNew)),
                Densities.logGamma2(), unitNuts(1.2), NutsLeavesTargetInvariantTest::logGamma1, 43L));
        System.out.println(Thread.currentThread().getStackTrace()[1].getMethodName() + ": " + v);
        assertTrue(!v.passes(), "NUTS without the progressive-sampling correction should be caught: " + v);
    }

    @Test
    void catchesNutsWithInvertedSelectionWeights() {
        // moves to the new subtree with probability min(1, W_old/W_new): prefers low-density states
        SubtreeSelection inverted = (rng, logNew, logOld) -> SubtreeSelection.BIASED_PROGRESSIVE.takeNew(rng, logOld, logNew);
        Verdict v = standardNormalVerdict(oneStep(i -> new NutsKernel(i, new TrajectoryBuilder(i, UTurnCheck.GENERALISED, inverted)),
                Densities.standardNormal(1), unitNuts(1.3), NutsLeavesTargetInvariantTest::normal1, 41L));
        System.out.println(Thread.currentThread().getStackTrace()[1].getMethodName() + ": " + v);
        assertTrue(!v.passes(), "NUTS with inverted weights should be caught: " + v);
    }

    @Test
    void catchesABiasedStep() {
        // a correct NUTS step followed by a 5% stretch of the position
        Verdict v = standardNormalVerdict(oneStep(i -> new TransitionKernel<HmcState, NutsTuning>() {
            final NutsKernel inner = new NutsKernel(i);
            @Override public HmcState init(double[] q) { return inner.init(q); }
            @Override public Transition<HmcState> step(UniformRandomProvider rng, HmcState s, NutsTuning t) {
                Transition<HmcState> tr = inner.step(rng, s, t);
                double[] q = tr.next().position().clone();
                q[0] *= 1.05;
                return new Transition<>(new HmcState(q, tr.next().logDensity(), tr.next().gradient()), tr.stats());
            }
        }, Densities.standardNormal(1), unitNuts(0.8), NutsLeavesTargetInvariantTest::normal1, 45L));
        System.out.println(Thread.currentThread().getStackTrace()[1].getMethodName() + ": " + v);
        assertTrue(!v.passes(), "a 5% biased step should be caught: " + v);
    }
}
