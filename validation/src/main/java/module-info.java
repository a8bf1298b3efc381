/**
 * Validation of every installed model: simulation-based calibration and
 * parameter recovery, through the SPI only.
 */
module org.bayes4j.validation {
    requires org.bayes4j.spi;

    uses org.bayes4j.spi.model.ModelProvider;
    uses org.bayes4j.spi.model.ModelCompiler;
    uses org.bayes4j.spi.sampler.SamplerProvider;
    uses org.bayes4j.spi.diagnostic.DiagnosticProvider;
}
