package org.bayes4j.spi.sampler;

import java.util.Map;

/**
 * Settings of a sampling run. Defaults follow Stan: 4 chains, 1000 warm-up and
 * 1000 kept iterations, target acceptance 0.8, maximum tree depth 10, diagonal
 * metric, initial points uniform on (-2, 2) on the unconstrained scale.
 *
 * @param chains         number of chains
 * @param warmup         warm-up (adaptation) iterations per chain, discarded from the draws
 * @param draws          kept iterations per chain
 * @param seed           master seed; chain c uses its own stream derived from it, so results do not depend on thread count
 * @param threads        worker threads (0 = one per available core, at most one per chain)
 * @param targetAccept   dual-averaging target acceptance statistic
 * @param maxTreeDepth   NUTS maximum tree depth
 * @param metric         {@code diag} or {@code dense}
 * @param initRadius     initial points uniform on (-r, r); 0 starts at the origin
 * @param initialPoints  optional per-chain unconstrained starting points ({@code null} for random)
 * @param saveWarmup     keep warm-up draws in the result
 * @param options        sampler-specific extras by name
 */
public record SamplerConfig(int chains, int warmup, int draws, long seed, int threads, double targetAccept,
                            int maxTreeDepth, String metric, double initRadius, double[][] initialPoints,
                            boolean saveWarmup, Map<String, Object> options) {

    public SamplerConfig {
        if (chains < 1) throw new IllegalArgumentException("chains is " + chains + ", but must be >= 1");
        if (warmup < 0) throw new IllegalArgumentException("warmup is " + warmup + ", but must be >= 0");
        if (draws < 1) throw new IllegalArgumentException("draws is " + draws + ", but must be >= 1");
        if (threads < 0) throw new IllegalArgumentException("threads is " + threads + ", but must be >= 0");
        if (!(targetAccept > 0 && targetAccept < 1)) throw new IllegalArgumentException("target acceptance is " + targetAccept + ", but must be in (0, 1)");
        if (maxTreeDepth < 1) throw new IllegalArgumentException("max tree depth is " + maxTreeDepth + ", but must be >= 1");
        if (!metric.equals("diag") && !metric.equals("dense") && !metric.equals("unit")) {
            throw new IllegalArgumentException("metric is '" + metric + "', but must be diag, dense or unit");
        }
        if (!(initRadius >= 0)) throw new IllegalArgumentException("init radius is " + initRadius + ", but must be >= 0");
        if (initialPoints != null && initialPoints.length != chains) {
            throw new IllegalArgumentException("initial points given for " + initialPoints.length + " chains, but there are " + chains);
        }
        options = Map.copyOf(options);
    }

    public static SamplerConfig defaults() {
        return new SamplerConfig(4, 1000, 1000, 1L, 0, 0.8, 10, "diag", 2.0, null, false, Map.of());
    }

    public SamplerConfig withChains(int c) { return new SamplerConfig(c, warmup, draws, seed, threads, targetAccept, maxTreeDepth, metric, initRadius, initialPoints, saveWarmup, options); }
    public SamplerConfig withWarmup(int w) { return new SamplerConfig(chains, w, draws, seed, threads, targetAccept, maxTreeDepth, metric, initRadius, initialPoints, saveWarmup, options); }
    public SamplerConfig withDraws(int d) { return new SamplerConfig(chains, warmup, d, seed, threads, targetAccept, maxTreeDepth, metric, initRadius, initialPoints, saveWarmup, options); }
    public SamplerConfig withSeed(long s) { return new SamplerConfig(chains, warmup, draws, s, threads, targetAccept, maxTreeDepth, metric, initRadius, initialPoints, saveWarmup, options); }
    public SamplerConfig withThreads(int t) { return new SamplerConfig(chains, warmup, draws, seed, t, targetAccept, maxTreeDepth, metric, initRadius, initialPoints, saveWarmup, options); }
    public SamplerConfig withTargetAccept(double a) { return new SamplerConfig(chains, warmup, draws, seed, threads, a, maxTreeDepth, metric, initRadius, initialPoints, saveWarmup, options); }
    public SamplerConfig withMaxTreeDepth(int d) { return new SamplerConfig(chains, warmup, draws, seed, threads, targetAccept, d, metric, initRadius, initialPoints, saveWarmup, options); }
    public SamplerConfig withMetric(String m) { return new SamplerConfig(chains, warmup, draws, seed, threads, targetAccept, maxTreeDepth, m, initRadius, initialPoints, saveWarmup, options); }
    public SamplerConfig withInitialPoints(double[][] p) { return new SamplerConfig(chains, warmup, draws, seed, threads, targetAccept, maxTreeDepth, metric, initRadius, p, saveWarmup, options); }
    public SamplerConfig withSaveWarmup(boolean s) { return new SamplerConfig(chains, warmup, draws, seed, threads, targetAccept, maxTreeDepth, metric, initRadius, initialPoints, s, options); }
    public SamplerConfig withOption(String name, Object value) {
        Map<String, Object> o = new java.util.HashMap<>(options);
        o.put(name, value);
        return new SamplerConfig(chains, warmup, draws, seed, threads, targetAccept, maxTreeDepth, metric, initRadius, initialPoints, saveWarmup, o);
    }
}
