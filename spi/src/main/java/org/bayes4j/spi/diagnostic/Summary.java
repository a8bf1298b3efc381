package org.bayes4j.spi.diagnostic;

import java.util.List;

/**
 * A summary table with the run-level counts and plain-words warnings (R-hat
 * above 1.01, low ESS, divergences, saturated tree depth, low E-BFMI).
 *
 * @param ebfmi per chain; empty when the sampler records no energy
 */
public record Summary(SummaryOptions options, int chains, int drawsPerChain, List<SummaryRow> rows,
                      long divergences, long treeDepthSaturated, List<Double> ebfmi, List<String> warnings) {
    public Summary {
        rows = List.copyOf(rows);
        ebfmi = List.copyOf(ebfmi);
        warnings = List.copyOf(warnings);
    }

    /** Column header of the HDI bounds: {@code hdi_3%} and {@code hdi_97%} for 0.94. */
    public String hdiLowerLabel() { return "hdi_" + percent((1 - options.hdiProb()) / 2) + "%"; }

    public String hdiUpperLabel() { return "hdi_" + percent(1 - (1 - options.hdiProb()) / 2) + "%"; }

    private static String percent(double p) {
        // round away binary noise: (1 - 0.94) / 2 * 100 is 3.0000000000000027, which should read "3"
        double v = Math.round(p * 100 * 1e6) / 1e6;
        return v == Math.rint(v) ? Long.toString(Math.round(v)) : String.format(java.util.Locale.ROOT, "%.1f", v);
    }
}
