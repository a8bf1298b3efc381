package org.bayes4j.spi.diagnostic;

/**
 * A scalar diagnostic of one quantity's draws ({@code rhat}, {@code ess_bulk},
 * {@code mcse_mean}, ...), found by name through {@code ServiceLoader}, so new
 * diagnostics plug in.
 *
 * <p><b>Laws.</b> Agrees with the R {@code posterior} package where it has the
 * diagnostic; returns {@code NaN} exactly where {@code posterior} returns NA
 * (for example R-hat of constant chains), which summaries show as undefined.
 * Never throws for a well-formed rectangular array.
 */
public interface DiagnosticProvider {

    /** The name as in {@code posterior}: {@code rhat}, {@code ess_bulk}, {@code ess_tail}, ... */
    String name();

    String description();

    /**
     * Evaluates on {@code draws[chain][iteration]} (all chains of equal length, at least one).
     * @return the value, or NaN when undefined
     */
    double evaluate(double[][] draws);
}
