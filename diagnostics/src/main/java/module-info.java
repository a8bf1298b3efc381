import org.bayes4j.diagnostics.provider.*;

/**
 * Diagnostics of MCMC draws as in the R {@code posterior} and {@code loo}
 * packages: rank-normalised R-hat, bulk and tail ESS, MCSE, quantiles, HDI,
 * E-BFMI, the summary table, PSIS-LOO, WAIC and model comparison. Exports
 * nothing; everything is reached through the SPI's {@code ServiceLoader} services.
 */
module org.bayes4j.diagnostics {
    requires org.bayes4j.spi;
    requires org.apache.commons.statistics.distribution;
    // optional: SIMD kernels for PSIS-LOO when the JVM runs with --add-modules jdk.incubator.vector
    requires static jdk.incubator.vector;

    uses org.bayes4j.spi.sampler.SamplerProvider;

    provides org.bayes4j.spi.diagnostic.DiagnosticProvider with
            RhatDiagnostic, RhatBulk, RhatTail, RhatBasic, RhatBasicNoSplit,
            EssBulk, EssTail, EssBasic, EssBasicNoSplit, EssMean, EssSd, EssMedian, EssQ5, EssQ95,
            McseMean, McseSd, McseMedian, McseQ5, McseQ95,
            PosteriorMean, PosteriorSd, PosteriorMedian, Quantile5, Quantile95;
    provides org.bayes4j.spi.diagnostic.Summarizer with org.bayes4j.diagnostics.summary.PosteriorSummarizer;
    provides org.bayes4j.spi.diagnostic.LooProvider with org.bayes4j.diagnostics.loo.LooService;
    provides org.bayes4j.spi.diagnostic.ModelComparer with org.bayes4j.diagnostics.loo.ModelComparison;
    provides org.bayes4j.spi.diagnostic.KFoldProvider with org.bayes4j.diagnostics.kfold.KFoldService;
}
