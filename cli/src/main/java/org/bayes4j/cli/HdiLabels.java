package org.bayes4j.cli;

import java.util.Locale;

import org.bayes4j.spi.diagnostic.SummaryOptions;

/**
 * Column labels of the highest-density interval's bounds, as ArviZ writes
 * them: {@code hdi_3%} and {@code hdi_97%} for probability 0.94. The tail
 * mass $(1-p)/2$ in percent is rounded to nine decimals before it is printed,
 * because in binary floating point $(1-0.94)/2 \cdot 100 = 2.9999999999999982$,
 * which would otherwise read {@code hdi_3.0%}.
 */
final class HdiLabels {

    private HdiLabels() {}

    static String lower(SummaryOptions options) {
        return "hdi_" + percent((1 - options.hdiProb()) / 2) + "%";
    }

    static String upper(SummaryOptions options) {
        return "hdi_" + percent(1 - (1 - options.hdiProb()) / 2) + "%";
    }

    static String percent(double p) {
        double v = Math.round(p * 100 * 1e9) / 1e9;
        if (v == Math.rint(v)) return Long.toString(Math.round(v));
        return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString().toLowerCase(Locale.ROOT);
    }
}
