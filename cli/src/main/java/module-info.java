/**
 * The {@code bayes4j} command. It names no implementation class: models,
 * samplers, summaries, LOO, model comparison, distribution families, bijectors
 * and the model compiler are all found through
 * {@link java.util.ServiceLoader}, so whatever is on the module path is what runs.
 */
module org.bayes4j.cli {
    requires org.bayes4j.spi;
    requires info.picocli;
    requires me.tongfei.progressbar;
    requires com.fasterxml.jackson.databind;
    requires org.apache.commons.csv;
    requires org.apache.commons.rng.simple;

    // picocli reads and writes the annotated fields of the command classes reflectively.
    opens org.bayes4j.cli to info.picocli;

    uses org.bayes4j.spi.model.ModelProvider;
    uses org.bayes4j.spi.model.ModelCompiler;
    uses org.bayes4j.spi.sampler.SamplerProvider;
    uses org.bayes4j.spi.diagnostic.Summarizer;
    uses org.bayes4j.spi.diagnostic.DiagnosticProvider;
    uses org.bayes4j.spi.diagnostic.LooProvider;
    uses org.bayes4j.spi.diagnostic.ModelComparer;
    uses org.bayes4j.spi.diagnostic.KFoldProvider;
    uses org.bayes4j.spi.distribution.DistributionFamily;
    uses org.bayes4j.spi.bijector.BijectorProvider;
    uses org.bayes4j.spi.validation.ValidationProvider;
}
