package org.bayes4j.spi.validation;

import java.nio.file.Path;

/**
 * Settings of a validation run.
 *
 * @param sampler          sampler name ({@code nuts})
 * @param replicates       simulated data sets; 0 lets the provider choose (the fast level's work budget)
 * @param chains           chains per fit
 * @param warmup           warm-up iterations per chain
 * @param draws            kept iterations per chain
 * @param seed             master seed; replicate {@code r} derives its own seeds from it and {@code r} only
 * @param threads          replicates fitted at once (0 = one per core); each fit runs its chains on one thread
 * @param validationSizes  simulate at the model's {@code validationSizes()} (else its {@code defaultSizes()})
 * @param alpha            family-wise false-failure probability of each check across a model's quantities
 * @param targetAccept     the sampler's target acceptance statistic (Stan's {@code adapt_delta}); 0.8 by default, higher
 *                         for posteriors whose curvature varies (as {@code rstanarm} uses 0.95 for hierarchical models)
 * @param cacheDirectory   where finished replicates are kept so a run resumes, or {@code null} for none
 * @param outputDirectory  where the JSON report and SVG plots go, or {@code null} for none
 */
public record ValidationSettings(String sampler, int replicates, int chains, int warmup, int draws, long seed, int threads,
                                 boolean validationSizes, double alpha, double targetAccept, Path cacheDirectory,
                                 Path outputDirectory) {

    /** The target acceptance of {@link #full()} and {@link #fast()}, Stan's default. */
    public static final double DEFAULT_TARGET_ACCEPT = 0.8;

    public ValidationSettings {
        if (replicates < 0) throw new IllegalArgumentException("replicates is " + replicates + ", but must be >= 0");
        if (chains < 1) throw new IllegalArgumentException("chains is " + chains + ", but must be >= 1");
        if (warmup < 0) throw new IllegalArgumentException("warmup is " + warmup + ", but must be >= 0");
        if (draws < 2) throw new IllegalArgumentException("draws is " + draws + ", but must be >= 2");
        if (threads < 0) throw new IllegalArgumentException("threads is " + threads + ", but must be >= 0");
        if (!(alpha > 0 && alpha < 1)) throw new IllegalArgumentException("alpha is " + alpha + ", but must be in (0, 1)");
        if (!(targetAccept > 0 && targetAccept < 1)) {
            throw new IllegalArgumentException("target acceptance is " + targetAccept + ", but must be in (0, 1)");
        }
    }

    /** The on-demand level: 200 replicates of 4 chains x 500 + 500 at the default sizes, alpha 0.01. */
    public static ValidationSettings full() {
        return new ValidationSettings("nuts", 200, 4, 500, 500, 1L, 0, false, 0.01, DEFAULT_TARGET_ACCEPT, null, null);
    }

    /** The test-suite level: adaptive replicates of 2 chains x 150 + 150 at the validation sizes, alpha 0.001. */
    public static ValidationSettings fast() {
        return new ValidationSettings("nuts", 0, 2, 150, 150, 1L, 0, true, 0.001, DEFAULT_TARGET_ACCEPT, null, null);
    }

    public ValidationSettings withSampler(String s) { return new ValidationSettings(s, replicates, chains, warmup, draws, seed, threads, validationSizes, alpha, targetAccept, cacheDirectory, outputDirectory); }
    public ValidationSettings withReplicates(int r) { return new ValidationSettings(sampler, r, chains, warmup, draws, seed, threads, validationSizes, alpha, targetAccept, cacheDirectory, outputDirectory); }
    public ValidationSettings withChains(int c) { return new ValidationSettings(sampler, replicates, c, warmup, draws, seed, threads, validationSizes, alpha, targetAccept, cacheDirectory, outputDirectory); }
    public ValidationSettings withWarmup(int w) { return new ValidationSettings(sampler, replicates, chains, w, draws, seed, threads, validationSizes, alpha, targetAccept, cacheDirectory, outputDirectory); }
    public ValidationSettings withDraws(int d) { return new ValidationSettings(sampler, replicates, chains, warmup, d, seed, threads, validationSizes, alpha, targetAccept, cacheDirectory, outputDirectory); }
    public ValidationSettings withSeed(long s) { return new ValidationSettings(sampler, replicates, chains, warmup, draws, s, threads, validationSizes, alpha, targetAccept, cacheDirectory, outputDirectory); }
    public ValidationSettings withThreads(int t) { return new ValidationSettings(sampler, replicates, chains, warmup, draws, seed, t, validationSizes, alpha, targetAccept, cacheDirectory, outputDirectory); }
    public ValidationSettings withValidationSizes(boolean v) { return new ValidationSettings(sampler, replicates, chains, warmup, draws, seed, threads, v, alpha, targetAccept, cacheDirectory, outputDirectory); }
    public ValidationSettings withAlpha(double a) { return new ValidationSettings(sampler, replicates, chains, warmup, draws, seed, threads, validationSizes, a, targetAccept, cacheDirectory, outputDirectory); }
    public ValidationSettings withTargetAccept(double t) { return new ValidationSettings(sampler, replicates, chains, warmup, draws, seed, threads, validationSizes, alpha, t, cacheDirectory, outputDirectory); }
    public ValidationSettings withCacheDirectory(Path p) { return new ValidationSettings(sampler, replicates, chains, warmup, draws, seed, threads, validationSizes, alpha, targetAccept, p, outputDirectory); }
    public ValidationSettings withOutputDirectory(Path p) { return new ValidationSettings(sampler, replicates, chains, warmup, draws, seed, threads, validationSizes, alpha, targetAccept, cacheDirectory, p); }
}
