package org.bayes4j.validation.power;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.bayes4j.spi.density.LogDensity;
import org.bayes4j.spi.density.SamplingTarget;
import org.bayes4j.spi.draws.ChainDraws;
import org.bayes4j.spi.draws.Draws;
import org.bayes4j.spi.sampler.ProgressListener;
import org.bayes4j.spi.sampler.SampleStats;
import org.bayes4j.spi.sampler.SamplerConfig;
import org.bayes4j.spi.sampler.SamplerProvider;

/**
 * Langevin samplers for the power tests: the proposal
 * {@code x' = x + (h/2) grad log p(x) + sqrt(h) xi}, {@code xi ~ N(0, I)}
 * (Roberts &amp; Tweedie 1996). With the Metropolis-Hastings correction
 * ({@code adjusted}) it is MALA and leaves the target invariant; without it
 * (ULA) every proposal is taken and the chain targets a distribution that is
 * too wide by a factor {@code 1 / (1 - h / (4 s^2))} in variance along a
 * Gaussian direction of scale {@code s}. In both, warm-up tunes {@code h} by
 * Robbins-Monro on {@code log h} so that MALA's acceptance probability is
 * 0.574 (Roberts &amp; Rosenthal 1998), which ULA computes but ignores.
 */
public abstract class LangevinTestSampler implements SamplerProvider {

    private final boolean adjusted;

    protected LangevinTestSampler(boolean adjusted) { this.adjusted = adjusted; }

    /** Unadjusted Langevin: skips the Metropolis correction (broken on purpose). */
    public static final class Unadjusted extends LangevinTestSampler {
        public Unadjusted() { super(false); }
        @Override public String name() { return "ula-test"; }
        @Override public String description() { return "BROKEN on purpose: Langevin steps without the Metropolis correction"; }
    }

    @Override
    public Draws sample(SamplingTarget target, SamplerConfig config, ProgressListener progress) {
        List<ChainDraws> chains = new ArrayList<>();
        for (int c = 0; c < config.chains(); c++) chains.add(chain(target, config, c));
        return new Draws(target.outputVariables(), chains, Map.of("sampler", name()));
    }

    private ChainDraws chain(SamplingTarget target, SamplerConfig config, int chain) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(config.seed() * 31 + chain);
        LogDensity density = target.newEvaluator();
        int d = density.dimension();
        double[] x = new double[d];
        for (int i = 0; i < d; i++) x[i] = 4 * rng.nextDouble() - 2;
        double[] g = new double[d];
        double lp = density.logDensityGradient(x, g);
        double logH = Math.log(0.1);
        double[][] draws = new double[config.draws()][target.outputNames().size()];
        List<SampleStats> stats = new ArrayList<>();
        long gradients = 1;
        double[] y = new double[d];
        double[] gy = new double[d];
        for (int it = 0; it < config.warmup() + config.draws(); it++) {
            double h = Math.exp(logH);
            for (int i = 0; i < d; i++) y[i] = x[i] + 0.5 * h * g[i] + Math.sqrt(h) * gaussian(rng);
            double lpy = density.logDensityGradient(y, gy);
            gradients++;
            double logRatio = lpy - lp + logProposal(x, y, gy, h) - logProposal(y, x, g, h);
            double accept = Double.isNaN(logRatio) ? 0 : Math.min(1, Math.exp(logRatio));
            boolean move = adjusted ? rng.nextDouble() < accept : Double.isFinite(lpy);
            if (move) {
                System.arraycopy(y, 0, x, 0, d);
                System.arraycopy(gy, 0, g, 0, d);
                lp = lpy;
            }
            if (it < config.warmup()) {
                logH += (accept - 0.574) / Math.pow(it + 1, 0.6);
            } else {
                int k = it - config.warmup();
                target.writeOutput(density, x, draws[k]);
                stats.add(new SampleStats(lp, accept, h, 0, 1, false, Double.NaN));
            }
        }
        return new ChainDraws(draws, stats, new double[0][], List.of(), Math.exp(logH), new double[0], 0, 0, gradients, null);
    }

    /** {@code log q(to | from)} of the Langevin proposal, up to a constant. */
    private static double logProposal(double[] to, double[] from, double[] gradFrom, double h) {
        double s = 0;
        for (int i = 0; i < to.length; i++) {
            double r = to[i] - from[i] - 0.5 * h * gradFrom[i];
            s += r * r;
        }
        return -s / (2 * h);
    }

    private static double gaussian(UniformRandomProvider rng) {
        // Box-Muller on two uniforms in (0, 1]
        double u = 1 - rng.nextDouble();
        double v = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
