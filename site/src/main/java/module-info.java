/** Generates the documentation site from the installed components' own metadata. */
module org.bayes4j.site {
    requires org.bayes4j.spi;

    uses org.bayes4j.spi.distribution.DistributionFamily;
    uses org.bayes4j.spi.bijector.BijectorProvider;
    uses org.bayes4j.spi.sampler.SamplerProvider;
    uses org.bayes4j.spi.diagnostic.DiagnosticProvider;
    uses org.bayes4j.spi.model.ModelProvider;
}
