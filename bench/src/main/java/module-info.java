/**
 * JMH benchmarks of bayes4j: the cost of one log-density gradient of the
 * shipped models, and of a full NUTS fit. The models, the compiler and the
 * sampler are reached through {@code ServiceLoader}, as an application
 * reaches them; the implementation modules are runtime dependencies only.
 * Benchmarks run on the class path ({@code bench/run.sh}); this descriptor
 * keeps the module compilable on the module path.
 */
module org.bayes4j.bench {
    requires org.bayes4j.spi;
    requires jmh.core;

    uses org.bayes4j.spi.model.ModelProvider;
    uses org.bayes4j.spi.model.ModelCompiler;
    uses org.bayes4j.spi.sampler.SamplerProvider;
    uses org.bayes4j.spi.diagnostic.LooProvider;

    opens org.bayes4j.bench to jmh.core;
    opens org.bayes4j.bench.jmh_generated to jmh.core;
}
