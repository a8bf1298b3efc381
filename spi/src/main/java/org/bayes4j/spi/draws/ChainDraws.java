package org.bayes4j.spi.draws;

import java.util.List;

import org.bayes4j.spi.sampler.SampleStats;

/**
 * One chain's output: kept draws ({@code draws[i][j]} = iteration i, quantity j),
 * their sample statistics, optionally the warm-up draws, the chain's own clock,
 * and why it stopped early if it did. Arrays are owned by this record and not
 * modified after construction.
 *
 * @param draws               kept iterations x recorded quantities
 * @param stats               one entry per kept iteration
 * @param warmupDraws         warm-up iterations x quantities (empty when not saved)
 * @param warmupStats         one entry per saved warm-up iteration
 * @param stepSize            the adapted step size used for sampling (NaN if none)
 * @param inverseMetric       the adapted inverse metric diagonal (or dense, row-major), empty if none
 * @param warmupSeconds       wall time of this chain's warm-up
 * @param samplingSeconds     wall time of this chain's sampling phase
 * @param gradientEvaluations log-density gradient evaluations, warm-up included
 * @param failure             why the chain stopped early, or {@code null}
 */
public record ChainDraws(double[][] draws, List<SampleStats> stats, double[][] warmupDraws, List<SampleStats> warmupStats,
                         double stepSize, double[] inverseMetric, double warmupSeconds, double samplingSeconds,
                         long gradientEvaluations, String failure) {

    public ChainDraws {
        if (draws.length != stats.size()) {
            throw new IllegalArgumentException("chain has " + draws.length + " draws but " + stats.size() + " sample-stat rows");
        }
        stats = List.copyOf(stats);
        warmupStats = List.copyOf(warmupStats);
    }

    public int numDraws() { return draws.length; }

    public boolean isComplete() { return failure == null; }

    public long divergences() { return stats.stream().filter(SampleStats::diverging).count(); }
}
