package org.bayes4j.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.commons.rng.simple.RandomSource;
import org.bayes4j.cli.io.DataFiles;
import org.bayes4j.spi.density.SamplingTarget;
import org.bayes4j.spi.draws.ChainDraws;
import org.bayes4j.spi.draws.Draws;
import org.bayes4j.spi.model.CompiledModel;
import org.bayes4j.spi.model.ModelData;
import org.bayes4j.spi.model.ModelProvider;
import org.bayes4j.spi.sampler.ProgressListener;
import org.bayes4j.spi.sampler.SamplerConfig;
import org.bayes4j.spi.sampler.SamplerProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code bayes4j ppc MODEL}: fits the model as {@code fit} does, draws one
 * replicated data set per kept draw from the posterior predictive and prints,
 * per observed variable, the observed value of each test quantity against the
 * mean, sd and central interval of its replicates ({@link PredictiveCheck}).
 * The replicates are simulated from the draws the summary of {@code fit} would
 * use (the complete chains when some failed), with a stream seeded by
 * {@code --seed}; the exit code is 1 when a chain failed.
 */
@Command(name = "ppc", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Posterior predictive check: fit, simulate replicated data per draw, compare observed with predicted "
                + "(totals, per category, per column of a matrix outcome, per element).",
        footer = {"", "JSON (--json): {model, data, chains, draws, seed, prob, variables: [{name, family, shape, coverage,",
                "  total: STAT or null (categorical outcomes), categories: [STAT per category 0..K-1] (categorical outcomes),",
                "  column_dim, columns: [STAT per slice of the last axis] (rank >= 2), elements: [STAT per element]}], warnings},",
                "  STAT = {label, observed, mean, sd, lower, upper, inside}; lower/upper are the (1 -/+ prob)/2 quantiles of the",
                "  replicates (inverse empirical CDF when they are integers, linear interpolation otherwise)."})
public final class PpcCommand implements Callable<Integer> {

    /** Offset of the predictive stream's seed from the sampler's, so the two streams differ. */
    private static final long PREDICTIVE_STREAM = 0x5DEECE66DL;

    @ParentCommand
    Bayes4j parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "Model name (see 'bayes4j models').")
    String modelName;

    @Option(names = "--data", paramLabel = "FILE", description = "Data file: CSV or Stan-style JSON. Default: the model's own data.")
    Path dataFile;

    @Option(names = "--chains", defaultValue = "4", description = "Number of chains (default: ${DEFAULT-VALUE}).")
    int chains;

    @Option(names = "--warmup", defaultValue = "1000", description = "Warm-up iterations per chain (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--draws", defaultValue = "1000", description = "Kept draws per chain (default: ${DEFAULT-VALUE}).")
    int draws;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed of the fit and the simulation (default: a fresh one, printed).")
    Long seed;

    @Option(names = "--sampler", defaultValue = "nuts", description = "Sampler name (default: ${DEFAULT-VALUE}).")
    String sampler;

    @Option(names = "--threads", defaultValue = "0", description = "Worker threads; 0 = one per core, at most one per chain (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--prob", defaultValue = "0.9", description = "Probability of the central predictive intervals (default: ${DEFAULT-VALUE}).")
    double prob;

    @Option(names = "--max-elements", defaultValue = "20", paramLabel = "N",
            description = "Elements listed per variable in the text output (default: ${DEFAULT-VALUE}); --json lists all.")
    int maxElements;

    @Option(names = "--json", description = "Print the check as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        ServiceLookup services = parent.services();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!(prob > 0 && prob < 1)) throw new IllegalArgumentException("--prob is " + prob + ", but must lie in (0, 1)");
        ModelProvider provider = services.model(modelName);
        SamplerProvider samplerProvider = services.sampler(sampler);
        ModelData data = dataFile != null ? DataFiles.read(dataFile) : provider.defaultData();
        SamplingTarget target = services.compile(provider.build(data));
        if (!(target instanceof CompiledModel model)) {
            throw new IllegalStateException("model '" + provider.name() + "' compiled to a target without a likelihood to simulate from");
        }
        if (model.observed().isEmpty()) {
            throw new IllegalArgumentException("model '" + provider.name() + "' observes no data: there is nothing to check");
        }
        long runSeed = seed != null ? seed : new SecureRandom().nextLong() & Long.MAX_VALUE;
        SamplerConfig config = SamplerConfig.defaults().withChains(chains).withWarmup(warmup).withDraws(draws)
                .withSeed(runSeed).withThreads(threads);
        ThetaRecording.Split sampled;
        try (ProgressBars progress = !json && System.console() != null ? new ProgressBars() : null) {
            sampled = ThetaRecording.split(samplerProvider.sample(ThetaRecording.wrap(model), config,
                    progress != null ? progress : ProgressListener.NONE));
        }
        Draws result = sampled.draws();
        Draws used = FitCommand.summarisable(result);
        if (used.numChains() == 0 || used.numDraws() == 0) {
            throw new IllegalStateException("no chain produced a draw, nothing to simulate from: " + failures(result));
        }
        List<PredictiveCheck.VariableCheck> checks = PredictiveCheck.run(model, used, sampled.theta(),
                RandomSource.XO_RO_SHI_RO_128_PP.create(runSeed ^ PREDICTIVE_STREAM), prob);
        List<String> warnings = new ArrayList<>();
        boolean failed = result.chains().stream().anyMatch(c -> !c.isComplete());
        if (failed) warnings.add(failures(result) + "; the check uses " + used.numChains() + " chain(s) x " + used.numDraws() + " draws");
        if (result.divergences() > 0) warnings.add(result.divergences() + " divergent transitions after warm-up: the posterior may be biased");
        PredictiveReport.Setup setup = new PredictiveReport.Setup(provider.name(), data.source(), used.numChains(), used.numDraws(),
                runSeed, prob, maxElements);
        out.print(json ? PredictiveReport.json(setup, checks, warnings) : PredictiveReport.text(setup, checks, warnings));
        out.flush();
        if (failed) {
            err.println("bayes4j: at least one chain failed");
            err.flush();
            return Bayes4j.EXIT_USER_ERROR;
        }
        return 0;
    }

    private static String failures(Draws result) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < result.numChains(); c++) {
            ChainDraws chain = result.chains().get(c);
            if (!chain.isComplete()) out.add("chain " + (c + 1) + " stopped after " + chain.numDraws() + " draws: " + chain.failure());
        }
        return String.join("; ", out);
    }
}
