package org.bayes4j.samplers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bayes4j.samplers.nuts.NutsProvider;
import org.bayes4j.spi.density.LogDensity;
import org.bayes4j.spi.density.SamplingTarget;
import org.bayes4j.spi.draws.ChainDraws;
import org.bayes4j.spi.draws.Draws;
import org.bayes4j.spi.sampler.ProgressListener;
import org.bayes4j.spi.sampler.SamplerConfig;
import org.junit.jupiter.api.Test;

/**
 * End to end: NUTS with Stan's warm-up recovers the means and variances of
 * Gaussians, within Monte Carlo error estimated from the draws themselves.
 *
 * <p>Each coordinate gives two z-scores, $(\bar x - \mu)/\mathrm{MCSE}(\bar x)$ and
 * $(\widehat{\sigma^2} - \sigma^2)/\mathrm{MCSE}$ (the MCSE of the mean of
 * $(x-\mu)^2$, ESS-based). Each is compared with 4.5 (two-sided normal tail 6.8e-6);
 * over the 2 x 100 + 2 x 10 statistics here the Bonferroni false-failure
 * probability is below 2e-3, plus the (small) error of estimating ESS.
 */
class NutsRecoversGaussiansTest {

    static final double Z_LIMIT = 4.5;

    static Draws run(LogDensity density, SamplerConfig config) {
        // the test densities keep no scratch state, so one instance may serve every chain
        SamplingTarget target = SamplingTarget.ofUnconstrained(density.dimension(), () -> density);
        return new NutsProvider().sample(target, config, ProgressListener.NONE);
    }

    /** Worst z-score over coordinates for means and variances. */
    static double worstZ(Draws draws, double[] mu, double[] sigma) {
        double worst = 0;
        for (int j = 0; j < mu.length; j++) {
            double[][] x = draws.quantity(j);
            double m = mu[j], s2 = sigma[j] * sigma[j];
            double zMean = Math.abs(McmcStats.mean(x) - m) / McmcStats.mcseMean(x);
            double[][] sq = McmcStats.map(x, v -> (v - m) * (v - m));
            double zVar = Math.abs(McmcStats.mean(sq) - s2) / McmcStats.mcseMean(sq);
            worst = Math.max(worst, Math.max(zMean, zVar));
        }
        return worst;
    }

    static double meanOf(Draws draws, java.util.function.ToDoubleFunction<org.bayes4j.spi.sampler.SampleStats> f) {
        return draws.chains().stream().flatMap(c -> c.stats().stream()).mapToDouble(f).average().orElseThrow();
    }

    @Test
    void recoversA100DimensionalAr1Gaussian() {
        int d = 100;
        LogDensity density = Densities.ar1(d, 0.9);
        Draws draws = run(density, SamplerConfig.defaults().withChains(4).withWarmup(1000).withDraws(1000).withSeed(101));
        double[] mu = new double[d], sigma = new double[d];
        java.util.Arrays.fill(sigma, 1.0);
        double z = worstZ(draws, mu, sigma);
        System.out.println("AR(1) d=100: worst z " + z + ", mean accept " + meanOf(draws, s -> s.acceptStat())
                + ", mean tree depth " + meanOf(draws, s -> s.treeDepth()) + ", divergences " + draws.divergences());
        assertTrue(z < Z_LIMIT, "worst z-score " + z);
        assertEquals(0, draws.divergences());
        for (ChainDraws c : draws.chains()) {
            assertTrue(c.isComplete());
            assertEquals(d, c.inverseMetric().length);
            assertTrue(c.stepSize() > 0.05 && c.stepSize() < 1.5, "step size " + c.stepSize());
        }
        // dual averaging hits its target: Stan's final step size typically gives 0.8-0.9
        double accept = meanOf(draws, s -> s.acceptStat());
        assertTrue(accept > 0.7 && accept < 0.97, "mean acceptance statistic " + accept);
    }

    @Test
    void recoversAnIllScaledGaussianByAdaptingTheMetric() {
        // scales log-spaced from 1e-2 to 1e2, means away from zero
        int d = 10;
        double[] mu = new double[d], sigma = new double[d];
        for (int i = 0; i < d; i++) {
            sigma[i] = Math.pow(10, -2 + 4.0 * i / (d - 1));
            mu[i] = (i % 3 - 1) * sigma[i];
        }
        Draws draws = run(Densities.independent(mu, sigma), SamplerConfig.defaults().withChains(4).withWarmup(1000).withDraws(500).withSeed(102));
        double z = worstZ(draws, mu, sigma);
        double depth = meanOf(draws, s -> s.treeDepth());
        System.out.println("ill-scaled d=10: worst z " + z + ", mean tree depth " + depth);
        assertTrue(z < Z_LIMIT, "worst z-score " + z);
        // the adapted inverse metric estimates the variances: a window of >= 500 draws with ESS in the
        // hundreds gives relative error well under 30%
        for (ChainDraws c : draws.chains()) {
            double[] inv = c.inverseMetric();
            for (int i = 0; i < d; i++) {
                double ratio = inv[i] / (sigma[i] * sigma[i]);
                assertTrue(ratio > 0.7 && ratio < 1.4, "inverse metric[" + i + "] / variance = " + ratio);
            }
        }
        // once whitened, the target is a 10-d standard normal: short trajectories
        assertTrue(depth < 4, "mean tree depth " + depth);
    }

    @Test
    void denseMetricLearnsTheCorrelation() {
        // strongly correlated pair: the dense metric should make NUTS trajectories short
        LogDensity density = Densities.bivariate(1.0, 10.0, 0.99);
        Draws draws = run(density, SamplerConfig.defaults().withChains(2).withWarmup(1000).withDraws(500).withSeed(103).withMetric("dense"));
        double z = worstZ(draws, new double[2], new double[] {1.0, 10.0});
        double depth = meanOf(draws, s -> s.treeDepth());
        System.out.println("dense 2-d: worst z " + z + ", mean tree depth " + depth);
        assertTrue(z < Z_LIMIT, "worst z-score " + z);
        double[] inv = draws.chains().get(0).inverseMetric();
        assertEquals(4, inv.length);
        double corr = inv[1] / Math.sqrt(inv[0] * inv[3]);
        assertTrue(corr > 0.95, "adapted correlation " + corr);
        assertTrue(depth < 3, "mean tree depth " + depth);
        assertEquals("dense_e", draws.metadata().get("metric"));
    }
}
