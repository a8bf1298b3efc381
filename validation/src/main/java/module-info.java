/**
 * Validation of every installed model: simulation-based calibration and
 * parameter recovery, through the SPI only. Provides the {@code sbc}
 * {@link org.bayes4j.spi.validation.ValidationProvider}.
 */
module org.bayes4j.validation {
    requires org.bayes4j.spi;
    requires org.apache.commons.rng.simple;
    requires org.apache.commons.statistics.distribution;
    requires com.fasterxml.jackson.databind;

    uses org.bayes4j.spi.model.ModelProvider;
    uses org.bayes4j.spi.model.ModelCompiler;
    uses org.bayes4j.spi.sampler.SamplerProvider;
    uses org.bayes4j.spi.diagnostic.DiagnosticProvider;

    provides org.bayes4j.spi.validation.ValidationProvider with org.bayes4j.validation.SbcValidationProvider;
}
