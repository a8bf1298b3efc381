package org.bayes4j.spi.diagnostic;

import java.util.List;

/**
 * What a summary shows: the HDI probability (ArviZ's default 0.94 gives
 * columns {@code hdi_3%}, {@code hdi_97%}) and extra quantiles.
 */
public record SummaryOptions(double hdiProb, List<Double> quantiles) {
    public SummaryOptions {
        if (!(hdiProb > 0 && hdiProb < 1)) throw new IllegalArgumentException("HDI probability is " + hdiProb + ", but must be in (0, 1)");
        quantiles = List.copyOf(quantiles);
        for (double q : quantiles) if (!(q > 0 && q < 1)) throw new IllegalArgumentException("quantile " + q + " must be in (0, 1)");
    }

    public static SummaryOptions defaults() { return new SummaryOptions(0.94, List.of()); }
}
