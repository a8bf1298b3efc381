/**
 * bayes4j contracts. Every implementation module depends on this one only;
 * implementations meet through {@code ServiceLoader}.
 */
module org.bayes4j.spi {
    requires transitive org.apache.commons.rng.api;

    exports org.bayes4j.spi.density;
    exports org.bayes4j.spi.constraint;
    exports org.bayes4j.spi.bijector;
    exports org.bayes4j.spi.distribution;
    exports org.bayes4j.spi.dist;
    exports org.bayes4j.spi.model;
    exports org.bayes4j.spi.sampler;
    exports org.bayes4j.spi.adaptation;
    exports org.bayes4j.spi.draws;
    exports org.bayes4j.spi.diagnostic;
    exports org.bayes4j.spi.validation;
    exports org.bayes4j.spi.numeric;

    uses org.bayes4j.spi.bijector.BijectorProvider;
    uses org.bayes4j.spi.model.ModelCompiler;
}
