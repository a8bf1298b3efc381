package org.bayes4j.spi.validation;

/**
 * The checks of one quantity (a scalar parameter element, or the joint
 * log-likelihood) across a model's replicates. p-values are raw; the
 * {@code ...Failed} flags apply the multiplicity correction across the model's quantities.
 *
 * @param name              element name ({@code alpha[3]}) or {@code log_lik}
 * @param chiSquareP        chi-square test of uniformity of the binned ranks
 * @param ecdfP             simultaneous ECDF-band test of uniformity (Säilynoja et al. 2022)
 * @param outsideBand       the ECDF leaves the simultaneous 95% band
 * @param coverage50        fraction of replicates whose central 50% interval covers the truth (NaN for log_lik)
 * @param coverage90        the same for the central 90% interval
 * @param meanZScore        mean posterior z-score {@code (mean - truth) / sd} (NaN for log_lik)
 * @param meanContraction   mean posterior contraction {@code 1 - var_post / var_prior} (NaN for log_lik)
 * @param failed            whether any corrected check failed for this quantity
 */
public record QuantityCheck(String name, double chiSquareP, boolean chiSquareFailed, double ecdfP, boolean outsideBand,
                            boolean ecdfFailed, double coverage50, double coverage90, boolean coverageFailed,
                            double meanZScore, double meanContraction, boolean failed) {}
