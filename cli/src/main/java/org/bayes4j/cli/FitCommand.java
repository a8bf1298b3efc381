package org.bayes4j.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.Callable;

import org.bayes4j.cli.io.CmdStanCsvWriter;
import org.bayes4j.cli.io.DataFiles;
import org.bayes4j.cli.io.RunSettings;
import org.bayes4j.spi.density.SamplingTarget;
import org.bayes4j.spi.diagnostic.Summary;
import org.bayes4j.spi.diagnostic.SummaryOptions;
import org.bayes4j.spi.draws.ChainDraws;
import org.bayes4j.spi.draws.Draws;
import org.bayes4j.spi.model.CompiledModel;
import org.bayes4j.spi.model.ModelData;
import org.bayes4j.spi.model.ModelProvider;
import org.bayes4j.spi.sampler.ProgressListener;
import org.bayes4j.spi.sampler.SamplerConfig;
import org.bayes4j.spi.sampler.SamplerProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bayes4j fit MODEL}: reads the data (the {@code --data} file, or the
 * model's default data), compiles the model, runs the sampler's chains and
 * prints the summary table with the run's diagnostics, or the summary as JSON.
 * With {@code --output DIR} each chain is also written as a CmdStan CSV file
 * {@code MODEL-<chain>.csv} (the parameters on their constrained scale, then the
 * deterministics as extra columns, as CmdStan writes generated quantities),
 * including the draws of a chain that failed part-way; and the pointwise log
 * likelihood of the draws the summary uses is written as
 * {@code MODEL-log_lik.csv} in the layout {@code bayes4j loo} reads
 * ({@link PointwiseLogLikelihood}). The exit code is 1 when a chain failed.
 */
@Command(name = "fit", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Fit a model: sample its posterior and print the summary.")
public final class FitCommand implements Callable<Integer> {

    @ParentCommand
    Bayes4j parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "Model name (see 'bayes4j models').")
    String modelName;

    @Option(names = "--data", paramLabel = "FILE",
            description = "Data file: CSV (header row, one column per variable) or Stan-style JSON. Default: the model's own data.")
    Path dataFile;

    @Option(names = "--chains", defaultValue = "4", description = "Number of chains (default: ${DEFAULT-VALUE}).")
    int chains;

    @Option(names = "--warmup", defaultValue = "1000", description = "Warm-up iterations per chain (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--draws", defaultValue = "1000", description = "Kept draws per chain (default: ${DEFAULT-VALUE}).")
    int draws;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: a fresh one, printed so the run can be repeated).")
    Long seed;

    @Option(names = "--sampler", defaultValue = "nuts", description = "Sampler name (default: ${DEFAULT-VALUE}).")
    String sampler;

    @Option(names = "--target-accept", defaultValue = "0.8", description = "Target acceptance statistic for step-size adaptation (default: ${DEFAULT-VALUE}).")
    double targetAccept;

    @Option(names = "--max-depth", defaultValue = "10", description = "Maximum NUTS tree depth (default: ${DEFAULT-VALUE}).")
    int maxDepth;

    @Option(names = "--metric", defaultValue = "diag", description = "Metric: diag, dense or unit (default: ${DEFAULT-VALUE}).")
    String metric;

    @Option(names = "--threads", defaultValue = "0", description = "Worker threads; 0 = one per core, at most one per chain (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--output", paramLabel = "DIR", description = {"Write each chain as a CmdStan CSV file MODEL-<chain>.csv into DIR "
            + "(parameters, then the deterministics as extra columns), and the pointwise log likelihood as MODEL-log_lik.csv "
            + "(one row per kept draw with a 'chain' column, one column per observation: the layout 'bayes4j loo' reads)."})
    Path output;

    @Option(names = "--json", description = "Print the summary as JSON (no progress bars).")
    boolean json;

    @Option(names = "--hdi-prob", defaultValue = "0.94", description = "Probability mass of the highest-density interval (default: ${DEFAULT-VALUE}).")
    double hdiProb;

    @Option(names = "--quantiles", split = ",", paramLabel = "P", description = "Extra quantile columns in the summary, e.g. 0.05,0.5,0.95.")
    List<Double> quantiles;

    @Override
    public Integer call() throws Exception {
        ServiceLookup services = parent.services();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        SummaryOptions summaryOptions = new SummaryOptions(hdiProb, quantiles == null ? List.of() : quantiles);
        ModelProvider provider = services.model(modelName);
        SamplerProvider samplerProvider = services.sampler(sampler);
        long runSeed = seed != null ? seed : new SecureRandom().nextLong() & Long.MAX_VALUE;
        SamplerConfig config = SamplerConfig.defaults().withChains(chains).withWarmup(warmup).withDraws(draws)
                .withSeed(runSeed).withThreads(threads).withTargetAccept(targetAccept).withMaxTreeDepth(maxDepth)
                .withMetric(metric);

        ModelData data = dataFile != null ? DataFiles.read(dataFile) : provider.defaultData();
        SamplingTarget model = services.compile(provider.build(data));
        if (!json) {
            out.println("Model " + provider.name() + " (data: " + data.source() + "); sampler " + samplerProvider.name()
                    + ", " + chains + " chains x " + warmup + " warm-up + " + draws + " draws, seed " + runSeed);
            out.flush();
        }

        ThetaRecording.Split sampled;
        boolean bars = !json && System.console() != null;
        try (ProgressBars progress = bars ? new ProgressBars() : null) {
            ProgressListener listener = progress != null ? progress : ProgressListener.NONE;
            // with --output, each draw's unconstrained point is kept aside for the pointwise log likelihood
            SamplingTarget sampledTarget = output != null && model instanceof CompiledModel ? ThetaRecording.wrap(model) : model;
            sampled = ThetaRecording.split(samplerProvider.sample(sampledTarget, config, listener));
        }
        Draws result = sampled.draws();

        if (output != null) {
            RunSettings settings = new RunSettings(provider.name(), data.source(), samplerProvider.name(), config);
            for (Path written : CmdStanCsvWriter.writeAll(output, result, settings)) err.println("wrote " + written);
            err.flush();
        }
        Draws summarised = summarisable(result);
        if (output != null) writeLogLikelihood(model, summarised, result, sampled, provider.name(), err);
        if (summarised.numChains() == 0) {
            throw new IllegalStateException("no chain produced a draw, nothing to summarise: "
                    + String.join("; ", SummaryTable.warnings(emptySummary(summaryOptions, result), result)));
        }
        Summary summary = services.summarizer().summarize(summarised, summaryOptions);
        if (json) {
            out.print(SummaryJson.render(summary, result));
        } else {
            out.println();
            out.print(SummaryTable.table(summary, result.names()));
            out.println();
            SummaryTable.diagnostics(summary, result).forEach(out::println);
        }
        out.flush();
        boolean failed = result.chains().stream().anyMatch(c -> !c.isComplete());
        if (failed) {
            err.println("bayes4j: at least one chain failed; the summary uses " + (summarised.chains().stream().allMatch(ChainDraws::isComplete)
                    ? "the " + summarised.numChains() + " complete chain(s)" : "the draws made before the failures"));
            err.flush();
            return Bayes4j.EXIT_USER_ERROR;
        }
        return 0;
    }

    /**
     * Writes {@code MODEL-log_lik.csv} from the draws the summary uses (every
     * chain when all completed; the complete ones, or else all truncated to the
     * shortest, otherwise: the LOO reader needs chains of equal length). A target
     * that is not a {@link CompiledModel} has no likelihood to evaluate.
     */
    private void writeLogLikelihood(SamplingTarget model, Draws summarised, Draws result, ThetaRecording.Split sampled, String name,
                                    PrintWriter err) throws Exception {
        if (!(model instanceof CompiledModel compiled)) {
            err.println("bayes4j: no pointwise log likelihood written: the compiled target is not a CompiledModel");
        } else if (compiled.pointwiseSize() == 0) {
            err.println("bayes4j: no pointwise log likelihood written: model '" + name + "' observes no data");
        } else if (summarised.numChains() > 0 && summarised.numDraws() > 0) {
            Path file = PointwiseLogLikelihood.write(output.resolve(name + "-log_lik.csv"), compiled, summarised, sampled.theta());
            long made = result.chains().stream().mapToLong(ChainDraws::numDraws).sum();
            long used = (long) summarised.numChains() * summarised.numDraws();
            err.println("wrote " + file + (used < made ? " (the " + summarised.numChains() + " chain(s) x " + summarised.numDraws()
                    + " draws the summary uses; the CmdStan CSV files keep all " + made + ")" : ""));
        }
        err.flush();
    }

    /**
     * The chains the summary uses. Diagnostics need chains of equal length, and
     * a failed chain is shorter, so when some chains completed only those are
     * summarised; when none did, the chains that made at least one draw are,
     * truncated to the shortest. Every failure is reported either way.
     */
    static Draws summarisable(Draws draws) {
        if (draws.chains().stream().allMatch(ChainDraws::isComplete)) return draws;
        List<ChainDraws> complete = draws.chains().stream().filter(ChainDraws::isComplete).toList();
        List<ChainDraws> kept = !complete.isEmpty() ? complete : draws.chains().stream().filter(c -> c.numDraws() > 0).toList();
        return new Draws(draws.variables(), kept, draws.metadata());
    }

    private static Summary emptySummary(SummaryOptions options, Draws draws) {
        return new Summary(options, draws.numChains(), 0, List.of(), 0, 0, List.of(), List.of());
    }
}
