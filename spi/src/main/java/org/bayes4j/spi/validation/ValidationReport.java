package org.bayes4j.spi.validation;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of validating one model.
 *
 * @param model                      model name
 * @param sampler                    sampler name
 * @param replicates                 replicates fitted (or read from the cache)
 * @param failedFits                 replicates whose fit produced no usable draws (they fail the model)
 * @param replicatesWithDivergences  replicates with at least one divergent transition (kept in every check)
 * @param replicatesWithHighRhat     replicates with R-hat above 1.01 for some checked quantity (kept in every check)
 * @param quantities                 per-quantity checks, parameters first, then {@code log_lik}
 * @param passed                     no corrected check failed and every fit produced draws
 * @param failures                   plain-words reasons when not passed
 * @param wallSeconds                wall time of the run
 * @param files                      report files written (JSON, SVG)
 */
public record ValidationReport(String model, String sampler, int replicates, int failedFits, int replicatesWithDivergences,
                               int replicatesWithHighRhat, List<QuantityCheck> quantities, boolean passed, List<String> failures,
                               double wallSeconds, List<Path> files) {
    public ValidationReport {
        quantities = List.copyOf(quantities);
        failures = List.copyOf(failures);
        files = List.copyOf(files);
    }
}
