package org.bayes4j.diagnostics.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import org.bayes4j.diagnostics.convergence.Ebfmi;
import org.bayes4j.spi.diagnostic.SummaryRow;
import org.bayes4j.spi.draws.ChainDraws;
import org.bayes4j.spi.draws.Draws;

/**
 * The plain-words warnings of a summary, with the thresholds of Vehtari et al.
 * (2021) and Stan: R-hat above 1.01; bulk- or tail-ESS below 100 per chain;
 * any divergent transition after warm-up; E-BFMI below 0.3; transitions that
 * hit the maximum tree depth; chains that stopped early. Each warning names the
 * quantities or chains concerned (the worst first, at most {@value #LISTED}).
 */
final class SummaryWarnings {

    static final double RHAT_THRESHOLD = 1.01;
    static final double ESS_PER_CHAIN = 100;
    static final int LISTED = 5;

    private final Draws draws;
    private final List<SummaryRow> rows;
    private final int maxDepth;
    private final long saturated;
    private final List<Double> ebfmi;

    SummaryWarnings(Draws draws, List<SummaryRow> rows, int maxDepth, long saturated, List<Double> ebfmi) {
        this.draws = draws;
        this.rows = rows;
        this.maxDepth = maxDepth;
        this.saturated = saturated;
        this.ebfmi = ebfmi;
    }

    List<String> warnings() {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < draws.numChains(); c++) {
            ChainDraws chain = draws.chains().get(c);
            if (!chain.isComplete()) {
                out.add(String.format(Locale.ROOT, "chain %d stopped early after %d draws: %s; every chain is summarised over its first %d draws",
                        c + 1, chain.numDraws(), chain.failure(), draws.numDraws()));
            }
        }
        List<SummaryRow> highRhat = rows.stream().filter(r -> r.rhat() > RHAT_THRESHOLD)
                .sorted(Comparator.comparingDouble(SummaryRow::rhat).reversed()).toList();
        if (!highRhat.isEmpty()) {
            out.add(String.format(Locale.ROOT, "R-hat above %.2f for %d of %d quantities (worst %s at %.3f): %s; the chains have not mixed, run longer or reparameterise",
                    RHAT_THRESHOLD, highRhat.size(), rows.size(), highRhat.get(0).name(), highRhat.get(0).rhat(),
                    list(highRhat, SummaryRow::rhat, "%.3f")));
        }
        double essThreshold = ESS_PER_CHAIN * draws.numChains();
        lowEss(out, "ess_bulk", SummaryRow::essBulk, essThreshold);
        lowEss(out, "ess_tail", SummaryRow::essTail, essThreshold);
        List<SummaryRow> undefined = rows.stream().filter(r -> Double.isNaN(r.rhat())).toList();
        if (!undefined.isEmpty()) {
            out.add(String.format(Locale.ROOT, "R-hat and ESS undefined for %d %s (constant or non-finite draws): %s",
                    undefined.size(), undefined.size() == 1 ? "quantity" : "quantities", names(undefined)));
        }
        long divergences = draws.divergences();
        if (divergences > 0) {
            out.add(divergences + " divergent transition" + (divergences == 1 ? "" : "s")
                    + " after warm-up; consider increasing target acceptance or reparameterising");
        }
        if (saturated > 0) {
            long total = draws.chains().stream().mapToLong(c -> c.stats().size()).sum();
            out.add(String.format(Locale.ROOT, "%d of %d transitions hit the maximum tree depth of %d; consider increasing max_tree_depth or reparameterising",
                    saturated, total, maxDepth));
        }
        List<String> lowEbfmi = new ArrayList<>();
        for (int c = 0; c < ebfmi.size(); c++) {
            if (ebfmi.get(c) < Ebfmi.THRESHOLD) lowEbfmi.add(String.format(Locale.ROOT, "chain %d (%.3f)", c + 1, ebfmi.get(c)));
        }
        if (!lowEbfmi.isEmpty()) {
            out.add("E-BFMI below 0.3 in " + String.join(", ", lowEbfmi)
                    + "; the sampler explores the energy distribution poorly, consider reparameterising");
        }
        return out;
    }

    private void lowEss(List<String> out, String what, ToDoubleFunction<SummaryRow> f, double threshold) {
        List<SummaryRow> low = rows.stream().filter(r -> f.applyAsDouble(r) < threshold)
                .sorted(Comparator.comparingDouble(f)).toList();
        if (low.isEmpty()) return;
        out.add(String.format(Locale.ROOT, "%s below %.0f (%.0f per chain) for %d of %d quantities: %s; estimates of %s are unreliable, run longer",
                what, threshold, ESS_PER_CHAIN, low.size(), rows.size(), list(low, f, "%.0f"),
                what.equals("ess_bulk") ? "means and medians" : "tail quantiles and intervals"));
    }

    private static String list(List<SummaryRow> rows, ToDoubleFunction<SummaryRow> f, String format) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < Math.min(LISTED, rows.size()); i++) {
            parts.add(rows.get(i).name() + " (" + String.format(Locale.ROOT, format, f.applyAsDouble(rows.get(i))) + ")");
        }
        if (rows.size() > LISTED) parts.add("and " + (rows.size() - LISTED) + " more");
        return String.join(", ", parts);
    }

    private static String names(List<SummaryRow> rows) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < Math.min(LISTED, rows.size()); i++) parts.add(rows.get(i).name());
        if (rows.size() > LISTED) parts.add("and " + (rows.size() - LISTED) + " more");
        return String.join(", ", parts);
    }
}
