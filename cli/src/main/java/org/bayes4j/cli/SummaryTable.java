package org.bayes4j.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.bayes4j.spi.diagnostic.Summary;
import org.bayes4j.spi.diagnostic.SummaryRow;
import org.bayes4j.spi.draws.ChainDraws;
import org.bayes4j.spi.draws.Draws;

/**
 * The summary as an aligned text table, like ArviZ's {@code az.summary}:
 * columns {@code mean sd hdi_3% hdi_97% mcse_mean mcse_sd ess_bulk ess_tail r_hat}
 * (HDI labels follow the HDI probability), then one column per requested
 * quantile ({@code 5%}, {@code 50%}, ...; see {@link QuantileColumns}), one
 * row per element name.
 * Moments and intervals show three decimals (scientific notation when that
 * would hide the value), effective sample sizes whole numbers, R-hat two
 * decimals; an undefined value (NaN, e.g. R-hat of a constant) shows as
 * {@code NA}. After the table come the run's diagnostics in plain words.
 */
public final class SummaryTable {

    private SummaryTable() {}

    /** The table; {@code names} label the rows (normally {@code Draws.names()}), falling back to the rows' own names. */
    public static String table(Summary summary, List<String> names) {
        List<String> header = new ArrayList<>(List.of("", "mean", "sd", HdiLabels.lower(summary.options()), HdiLabels.upper(summary.options()),
                "mcse_mean", "mcse_sd", "ess_bulk", "ess_tail", "r_hat"));
        header.addAll(QuantileColumns.labels(summary.options()));
        List<List<String>> cells = new ArrayList<>();
        cells.add(header);
        List<SummaryRow> rows = summary.rows();
        for (int i = 0; i < rows.size(); i++) {
            SummaryRow r = rows.get(i);
            String name = names != null && names.size() == rows.size() ? names.get(i) : r.name();
            List<String> row = new ArrayList<>(List.of(name, decimal(r.mean()), decimal(r.sd()), decimal(r.hdiLower()), decimal(r.hdiUpper()),
                    decimal(r.mcseMean()), decimal(r.mcseSd()), whole(r.essBulk()), whole(r.essTail()), rhat(r.rhat())));
            for (double q : QuantileColumns.values(summary.options(), r)) row.add(decimal(q));
            cells.add(row);
        }
        int[] width = new int[header.size()];
        for (List<String> row : cells) for (int k = 0; k < row.size(); k++) width[k] = Math.max(width[k], row.get(k).length());
        StringBuilder out = new StringBuilder();
        for (List<String> row : cells) {
            StringBuilder line = new StringBuilder();
            line.append(row.get(0)).append(" ".repeat(width[0] - row.get(0).length()));
            for (int k = 1; k < row.size(); k++) {
                line.append("  ").append(" ".repeat(width[k] - row.get(k).length())).append(row.get(k));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    /** The run's diagnostics and warnings, one sentence per line. */
    public static List<String> diagnostics(Summary summary, Draws draws) {
        List<String> lines = new ArrayList<>();
        long total = (long) summary.chains() * summary.drawsPerChain();
        lines.add(summary.chains() + (summary.chains() == 1 ? " chain x " : " chains x ") + summary.drawsPerChain() + " draws; " + summary.divergences()
                + (summary.divergences() == 1 ? " divergent transition" : " divergent transitions") + " after warm-up"
                + (total > 0 ? String.format(Locale.ROOT, " (%.1f%%)", 100.0 * summary.divergences() / total) : "")
                + "; " + summary.treeDepthSaturated() + " hit the maximum tree depth.");
        if (!summary.ebfmi().isEmpty()) {
            StringBuilder b = new StringBuilder("E-BFMI per chain:");
            for (double e : summary.ebfmi()) b.append(' ').append(Double.isNaN(e) ? "NA" : String.format(Locale.ROOT, "%.2f", e));
            lines.add(b.toString());
        }
        if (draws != null) {
            lines.add(timing(draws));
        }
        List<String> warnings = warnings(summary, draws);
        if (warnings.isEmpty()) {
            lines.add("No warnings.");
        } else {
            lines.add("Warnings:");
            for (String w : warnings) lines.add("  - " + w);
        }
        return lines;
    }

    /** The summarizer's warnings followed by one per chain that stopped early. */
    public static List<String> warnings(Summary summary, Draws draws) {
        List<String> out = new ArrayList<>();
        if (draws != null) {
            for (int c = 0; c < draws.numChains(); c++) {
                ChainDraws cd = draws.chains().get(c);
                if (!cd.isComplete()) {
                    out.add("chain " + (c + 1) + " stopped after " + cd.numDraws() + " draws: " + cd.failure());
                }
            }
        }
        out.addAll(summary.warnings());
        return out;
    }

    private static String timing(Draws draws) {
        double warm = 0, sampling = 0;
        for (ChainDraws cd : draws.chains()) {
            if (!Double.isNaN(cd.warmupSeconds())) warm = Math.max(warm, cd.warmupSeconds());
            if (!Double.isNaN(cd.samplingSeconds())) sampling = Math.max(sampling, cd.samplingSeconds());
        }
        return String.format(Locale.ROOT, "Slowest chain: %.2f s warm-up, %.2f s sampling; %d gradient evaluations.",
                warm, sampling, draws.gradientEvaluations());
    }

    static String decimal(double x) {
        if (Double.isNaN(x)) return "NA";
        if (Double.isInfinite(x)) return x > 0 ? "inf" : "-inf";
        double a = Math.abs(x);
        if (a != 0 && (a < 1e-3 || a >= 1e6)) return String.format(Locale.ROOT, "%.2e", x);
        return String.format(Locale.ROOT, "%.3f", x);
    }

    static String whole(double x) {
        if (Double.isNaN(x)) return "NA";
        if (Double.isInfinite(x)) return x > 0 ? "inf" : "-inf";
        return String.format(Locale.ROOT, "%.0f", x);
    }

    static String rhat(double x) {
        if (Double.isNaN(x)) return "NA";
        return String.format(Locale.ROOT, "%.2f", x);
    }
}
