package org.bayes4j.spi.validation;

import org.bayes4j.spi.model.ModelProvider;

/**
 * Certifies a model by simulation ({@code ServiceLoader} service; the
 * {@code bayes4j-validation} module provides {@code sbc}): draw parameters from
 * the prior, simulate data, fit, and check that the posteriors are calibrated.
 *
 * <p><b>Laws.</b> The same model, settings and seed give the same report
 * whatever the number of threads; an interrupted run with a cache directory
 * resumes without refitting the replicates already done; replicates whose fit
 * had divergences or a high R-hat are counted in the report, never dropped.
 */
public interface ValidationProvider {

    String name();

    String description();

    /** Runs the checks on {@code model}, writing report files when {@link ValidationSettings#outputDirectory()} is set. */
    ValidationReport validate(ModelProvider model, ValidationSettings settings, ValidationListener listener);
}
