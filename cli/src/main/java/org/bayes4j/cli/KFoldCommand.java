package org.bayes4j.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.Callable;

import org.bayes4j.cli.io.DataFiles;
import org.bayes4j.spi.diagnostic.KFoldProvider;
import org.bayes4j.spi.diagnostic.KFoldResult;
import org.bayes4j.spi.model.CrossValidation;
import org.bayes4j.spi.model.ModelData;
import org.bayes4j.spi.model.ModelProvider;
import org.bayes4j.spi.sampler.SamplerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code bayes4j kfold MODEL --folds K}: K-fold cross-validation (Vehtari,
 * Gelman and Gabry 2017, Section 4; {@code loo::kfold}). The model's
 * {@link CrossValidation} on the data says which rows there are and how a fit
 * without some of them is scored; the installed {@link KFoldProvider} splits
 * the rows into K balanced folds (at random, or, with {@code --by G}, whole
 * groups of the grouping G per fold, {@code loo::kfold_split_grouped}), refits
 * the model once per fold and sums the held-out
 * $\mathrm{elpd}_i = \log \frac1S \sum_s p(y_i \mid \theta_s^{(-k)})$. Unless
 * {@code --no-full-fit}, one more fit on all rows gives the in-sample lpd and
 * so $p_{\mathrm{kfold}} = \mathrm{lpd} - \mathrm{elpd}_{\mathrm{kfold}}$.
 * Each fit is a full NUTS run, so the defaults are smaller than {@code fit}'s.
 */
@Command(name = "kfold", mixinStandardHelpOptions = true, sortOptions = false,
        description = "K-fold cross-validation: refit the model without each fold and score the held-out rows "
                + "(elpd_kfold, its SE, p_kfold, per-fold table).",
        footer = {"", "JSON (--json): {model, data, folds, by, seed, sampler, chains, warmup, draws, elpd_kfold, se_elpd_kfold,",
                "  p_kfold, se_p_kfold (null with --no-full-fit), kfoldic, se_kfoldic,",
                "  per_fold: [{fold, rows, groups (with --by), elpd}], elpd_kfold_pointwise: [per row], fold_of_row: [per row], warnings}"})
public final class KFoldCommand implements Callable<Integer> {

    @ParentCommand
    Bayes4j parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "Model name (see 'bayes4j models': its kfold line).")
    String modelName;

    @Option(names = "--folds", required = true, paramLabel = "K", description = "Number of folds K (2 <= K <= rows, or groups with --by).")
    int folds;

    @Option(names = "--by", paramLabel = "VAR", description = "Form folds of whole groups of this grouping (one the model lists); default: folds of rows at random.")
    String by;

    @Option(names = "--data", paramLabel = "FILE", description = "Data file: CSV or Stan-style JSON. Default: the model's own data.")
    Path dataFile;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the fold split and the fits (default: a fresh one, printed).")
    Long seed;

    @Option(names = "--chains", defaultValue = "2", description = "Chains per fit (default: ${DEFAULT-VALUE}).")
    int chains;

    @Option(names = "--warmup", defaultValue = "500", description = "Warm-up iterations per chain of each fit (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--draws", defaultValue = "500", description = "Kept draws per chain of each fit (default: ${DEFAULT-VALUE}).")
    int draws;

    @Option(names = "--sampler", defaultValue = "nuts", description = "Sampler name (default: ${DEFAULT-VALUE}).")
    String sampler;

    @Option(names = "--threads", defaultValue = "0", description = "Worker threads per fit; 0 = one per core, at most one per chain (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--no-full-fit", description = "Skip the fit to all rows (p_kfold is then not reported).")
    boolean noFullFit;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        ServiceLookup services = parent.services();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ModelProvider provider = services.model(modelName);
        services.sampler(sampler);
        ModelData data = dataFile != null ? DataFiles.read(dataFile) : provider.defaultData();
        provider.build(data); // the model's own data checks, with their messages, before anything else
        CrossValidation cv = provider.crossValidation(data).orElseThrow(() -> new IllegalArgumentException("model '" + provider.name()
                + "' does not support K-fold cross-validation (its rows cannot be held out); 'bayes4j models' shows which models do"));
        int[] groups = groupsOf(provider.name(), cv, by);
        long runSeed = seed != null ? seed : new SecureRandom().nextLong() & Long.MAX_VALUE;
        SamplerConfig config = SamplerConfig.defaults().withChains(chains).withWarmup(warmup).withDraws(draws)
                .withSeed(runSeed).withThreads(threads);
        KFoldProvider kfold = services.kfoldProvider();
        int[] assignment = groups == null ? kfold.splitRandom(folds, cv.rows(), runSeed) : kfold.splitGrouped(folds, groups, runSeed);
        KFoldSetup setup = new KFoldSetup(provider.name(), data.source(), folds, by, groups, runSeed, sampler, config);
        if (!json) {
            err.println("bayes4j: " + folds + (noFullFit ? "" : " + 1") + " fits of " + chains + " chain(s) x (" + warmup + " + " + draws
                    + ") iterations; seed " + runSeed);
            err.flush();
        }
        KFoldResult result = kfold.crossValidate(cv.scorer(by), assignment, sampler, config, !noFullFit);
        out.print(json ? KFoldReport.json(setup, result) : KFoldReport.text(setup, result));
        out.flush();
        return 0;
    }

    /** The group of each row for {@code --by}, or {@code null} for folds of rows; an unknown grouping fails naming the allowed ones. */
    static int[] groupsOf(String model, CrossValidation cv, String by) {
        if (by == null) return null;
        Map<String, int[]> groupings = cv.groupings();
        if (groupings.isEmpty()) {
            throw new IllegalArgumentException("model '" + model + "' has no groupings to form folds by (--by " + by
                    + "); run without --by for folds of rows");
        }
        int[] groups = groupings.get(by);
        if (groups == null) {
            throw new IllegalArgumentException("model '" + model + "' has no grouping '" + by + "'; allowed: "
                    + String.join(", ", groupings.keySet()));
        }
        return groups;
    }

    /**
     * What was run, for the report.
     *
     * @param groups the group of each row when folds hold out groups of {@code by}, else {@code null}
     */
    record KFoldSetup(String model, String dataSource, int folds, String by, int[] groups, long seed, String sampler, SamplerConfig config) {}
}
