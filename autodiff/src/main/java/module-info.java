/**
 * Compiles a model graph into an allocation-free log density and gradient
 * (reverse-mode automatic differentiation over preallocated buffers).
 */
module org.bayes4j.autodiff {
    requires org.bayes4j.spi;
    requires org.apache.commons.rng.api;

    uses org.bayes4j.spi.distribution.DistributionFamily;
    uses org.bayes4j.spi.bijector.BijectorProvider;

    provides org.bayes4j.spi.model.ModelCompiler with org.bayes4j.autodiff.AutodiffCompiler;
}
