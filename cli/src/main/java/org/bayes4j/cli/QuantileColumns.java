package org.bayes4j.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bayes4j.spi.diagnostic.SummaryOptions;
import org.bayes4j.spi.diagnostic.SummaryRow;

/**
 * The extra quantile columns of a summary, in the order they were requested
 * ({@code --quantiles 0.05,0.5,0.95} gives {@code 5% 50% 95%}), labelled as
 * ArviZ labels them: the probability in percent, without trailing zeros.
 *
 * <p>A {@link SummaryRow} keeps its quantiles in a map keyed by the
 * summarizer's label. Two spellings of one probability can differ in the last
 * binary digit ($0.07 \cdot 100 = 7.000000000000001$), so a value is found by
 * the number its label stands for, to within $10^{-9}$ percent, not by the text.
 */
final class QuantileColumns {

    private QuantileColumns() {}

    /** Column labels, in request order. */
    static List<String> labels(SummaryOptions options) {
        List<String> out = new ArrayList<>();
        for (double p : options.quantiles()) out.add(HdiLabels.percent(p) + "%");
        return out;
    }

    /** The row's values, in request order; NaN where the summarizer did not give one. */
    static double[] values(SummaryOptions options, SummaryRow row) {
        List<Double> probs = options.quantiles();
        double[] out = new double[probs.size()];
        for (int j = 0; j < out.length; j++) out[j] = value(row.quantiles(), probs.get(j));
        return out;
    }

    private static double value(Map<String, Double> quantiles, double p) {
        for (Map.Entry<String, Double> e : quantiles.entrySet()) {
            String key = e.getKey().strip();
            if (!key.endsWith("%")) continue;
            try {
                double percent = Double.parseDouble(key.substring(0, key.length() - 1));
                if (Math.abs(percent - p * 100) <= 1e-9) return e.getValue() == null ? Double.NaN : e.getValue();
            } catch (NumberFormatException ignored) {
                // a label that is not a percentage belongs to no requested probability
            }
        }
        return Double.NaN;
    }
}
