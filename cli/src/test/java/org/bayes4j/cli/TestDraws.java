package org.bayes4j.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.bayes4j.spi.density.VariableInfo;
import org.bayes4j.spi.draws.ChainDraws;
import org.bayes4j.spi.draws.Draws;
import org.bayes4j.spi.sampler.SampleStats;

/** Seeded synthetic draws for tests: a scalar, a vector and a 2x3 matrix, with awkward doubles mixed in. */
public final class TestDraws {

    private TestDraws() {}

    public static List<VariableInfo> variables() {
        return List.of(VariableInfo.scalar("mu"), VariableInfo.vector("alpha", 3),
                new VariableInfo("beta", new int[] {2, 3}, Arrays.asList(null, null), Arrays.asList(null, null),
                        VariableInfo.Kind.DETERMINISTIC));
    }

    /**
     * @param failAfter when &gt;= 0, the last chain stops after that many draws with a failure message
     */
    public static Draws make(long seed, int chains, int warmup, int draws, int failAfter) {
        Random rng = new Random(seed);
        List<VariableInfo> vars = variables();
        int width = vars.stream().mapToInt(VariableInfo::size).sum();
        double[] awkward = {-0.0, 0.0, 1e-300, -1.7976931348623157E308, 4.9E-324, 0.1 + 0.2, 1.0 / 3, 123456789.125, 2.0, -3.0};
        List<ChainDraws> out = new ArrayList<>();
        for (int c = 0; c < chains; c++) {
            int n = (c == chains - 1 && failAfter >= 0) ? failAfter : draws;
            double[][] d = new double[n][width];
            List<SampleStats> stats = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < width; k++) d[i][k] = rng.nextDouble() < 0.05 ? awkward[rng.nextInt(awkward.length)] : rng.nextGaussian() * Math.exp(3 * rng.nextGaussian());
                stats.add(stats(rng));
            }
            double[][] w = new double[warmup][width];
            List<SampleStats> ws = new ArrayList<>();
            for (int i = 0; i < warmup; i++) {
                for (int k = 0; k < width; k++) w[i][k] = rng.nextGaussian();
                ws.add(stats(rng));
            }
            double[] metric = {rng.nextDouble(), rng.nextDouble() * 1e-7, 3.0};
            out.add(new ChainDraws(d, stats, w, ws, 0.5 + rng.nextDouble(), metric, 0.25 + c, 1.125 + c, 1000L + c,
                    n < draws ? "log density is NaN at theta[2] = 7.5" : null));
        }
        return new Draws(vars, out, Map.of("model", "test"));
    }

    private static SampleStats stats(Random rng) {
        return new SampleStats(-10 * rng.nextDouble(), rng.nextDouble(), 0.3 + rng.nextDouble(), 1 + rng.nextInt(5),
                1 + rng.nextInt(31), rng.nextDouble() < 0.1, 12 * rng.nextDouble());
    }
}
