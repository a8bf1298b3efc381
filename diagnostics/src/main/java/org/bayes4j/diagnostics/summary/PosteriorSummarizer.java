package org.bayes4j.diagnostics.summary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bayes4j.diagnostics.convergence.EffectiveSampleSize;
import org.bayes4j.diagnostics.convergence.Ebfmi;
import org.bayes4j.diagnostics.convergence.HighestDensityInterval;
import org.bayes4j.diagnostics.convergence.Moments;
import org.bayes4j.diagnostics.convergence.MonteCarloStandardError;
import org.bayes4j.diagnostics.convergence.Quantiles;
import org.bayes4j.diagnostics.convergence.Rhat;
import org.bayes4j.spi.diagnostic.Summarizer;
import org.bayes4j.spi.diagnostic.Summary;
import org.bayes4j.spi.diagnostic.SummaryOptions;
import org.bayes4j.spi.diagnostic.SummaryRow;
import org.bayes4j.spi.draws.ChainDraws;
import org.bayes4j.spi.draws.Draws;
import org.bayes4j.spi.sampler.SampleStats;

/**
 * The summary table of ArviZ's {@code az.summary} (mean, sd, HDI bounds,
 * mcse_mean, mcse_sd, ess_bulk, ess_tail, r_hat, optional quantiles) with the
 * {@code posterior} package's estimators, plus the run-level checks CmdStan's
 * {@code diagnose} makes: divergent transitions, saturated tree depth and E-BFMI
 * per chain, and plain-words {@link SummaryWarnings}.
 *
 * <p>Chains that stopped early are shorter; as {@link Draws#quantity(int)} does,
 * every chain is truncated to the shortest, and the truncation is reported.
 */
public final class PosteriorSummarizer implements Summarizer {

    /** Stan's default maximum tree depth, used when the draws' metadata has no {@code max_tree_depth}. */
    static final int DEFAULT_MAX_TREE_DEPTH = 10;

    @Override
    public Summary summarize(Draws draws, SummaryOptions options) {
        int n = draws.numDraws();
        List<SummaryRow> rows = new ArrayList<>();
        for (int j = 0; j < draws.numQuantities(); j++) {
            rows.add(row(draws.names().get(j), n > 0 && draws.numChains() > 0 ? draws.quantity(j) : null, options));
        }
        int maxDepth = maxTreeDepth(draws);
        long saturated = 0;
        for (ChainDraws chain : draws.chains()) {
            for (SampleStats s : chain.stats()) if (s.treeDepth() >= maxDepth) saturated++;
        }
        List<Double> ebfmi = ebfmi(draws);
        List<String> warnings = new SummaryWarnings(draws, rows, maxDepth, saturated, ebfmi).warnings();
        return new Summary(options, draws.numChains(), n, rows, draws.divergences(), saturated, ebfmi, warnings);
    }

    static SummaryRow row(String name, double[][] x, SummaryOptions options) {
        Map<String, Double> quantiles = new LinkedHashMap<>();
        if (x == null) {
            for (double p : options.quantiles()) quantiles.put(label(p), Double.NaN);
            double nan = Double.NaN;
            return new SummaryRow(name, nan, nan, nan, nan, nan, nan, nan, nan, nan, quantiles);
        }
        for (double p : options.quantiles()) quantiles.put(label(p), Quantiles.quantile(x, p));
        double[] hdi = HighestDensityInterval.of(x, options.hdiProb());
        return new SummaryRow(name, Moments.mean(x), Moments.sd(x), hdi[0], hdi[1],
                MonteCarloStandardError.mean(x), MonteCarloStandardError.sd(x),
                EffectiveSampleSize.bulk(x), EffectiveSampleSize.tail(x), Rhat.rhat(x), quantiles);
    }

    /** Quantile column label as ArviZ prints it: {@code 5%}, {@code 2.5%}. */
    static String label(double p) {
        double v = p * 100;
        return (v == Math.rint(v) ? Long.toString(Math.round(v)) : stripZeros(v)) + "%";
    }

    private static String stripZeros(double v) {
        String s = java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        return s;
    }

    static int maxTreeDepth(Draws draws) {
        String v = draws.metadata().get("max_tree_depth");
        if (v == null) return DEFAULT_MAX_TREE_DEPTH;
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("draws metadata max_tree_depth is '" + v + "', but must be an integer", e);
        }
    }

    /** E-BFMI per chain from the recorded energies; empty when no chain records any energy. */
    static List<Double> ebfmi(Draws draws) {
        boolean any = false;
        for (ChainDraws chain : draws.chains()) {
            for (SampleStats s : chain.stats()) {
                if (s.energy() != 0 && Double.isFinite(s.energy())) {
                    any = true;
                    break;
                }
            }
        }
        if (!any) return List.of();
        List<Double> out = new ArrayList<>();
        for (ChainDraws chain : draws.chains()) {
            double[] e = chain.stats().stream().mapToDouble(SampleStats::energy).toArray();
            out.add(Ebfmi.of(e));
        }
        return out;
    }
}
