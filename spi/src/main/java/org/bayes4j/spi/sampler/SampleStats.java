package org.bayes4j.spi.sampler;

/**
 * Per-iteration sampler statistics, as CmdStan records them ({@code lp__},
 * {@code accept_stat__}, {@code stepsize__}, {@code treedepth__},
 * {@code n_leapfrog__}, {@code divergent__}, {@code energy__}). Samplers without
 * a notion (random-walk Metropolis has no tree) report 0.
 */
public record SampleStats(double logDensity, double acceptStat, double stepSize, int treeDepth,
                          int numLeapfrog, boolean diverging, double energy) {}
