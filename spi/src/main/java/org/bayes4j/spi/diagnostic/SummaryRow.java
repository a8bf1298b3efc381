package org.bayes4j.spi.diagnostic;

import java.util.Map;

/**
 * One row of an ArviZ-style summary. Undefined values (R-hat of a constant
 * quantity) are NaN.
 *
 * @param quantiles requested quantiles by probability label ({@code "5%"})
 */
public record SummaryRow(String name, double mean, double sd, double hdiLower, double hdiUpper,
                         double mcseMean, double mcseSd, double essBulk, double essTail, double rhat,
                         Map<String, Double> quantiles) {
    public SummaryRow { quantiles = Map.copyOf(quantiles); }
}
