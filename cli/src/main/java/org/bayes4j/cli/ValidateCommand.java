package org.bayes4j.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bayes4j.spi.model.ModelProvider;
import org.bayes4j.spi.validation.QuantityCheck;
import org.bayes4j.spi.validation.ValidationListener;
import org.bayes4j.spi.validation.ValidationProvider;
import org.bayes4j.spi.validation.ValidationReport;
import org.bayes4j.spi.validation.ValidationSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code bayes4j validate MODEL|--all}: simulation-based calibration and
 * parameter recovery through the installed
 * {@link org.bayes4j.spi.validation.ValidationProvider} (the validation module's
 * {@code sbc}). Writes per model a JSON report and SVG plots into
 * {@code --output} (default {@code validation}), keeps finished replicates in
 * {@code OUTPUT/cache} so an interrupted run resumes, and prints a pass/fail
 * table ({@code --json}: the summary as JSON). Exit code 1 when a model fails.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Validate models by simulation-based calibration and parameter recovery (the full level).")
public final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    Bayes4j parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "MODEL", description = "Model name (see 'bayes4j models').")
    String modelName;

    @Option(names = "--all", description = "Validate every installed model.")
    boolean all;

    @Option(names = "--replicates", defaultValue = "200", description = "Simulated data sets per model (default: ${DEFAULT-VALUE}).")
    int replicates;

    @Option(names = "--sampler", defaultValue = "nuts", description = "Sampler name (default: ${DEFAULT-VALUE}).")
    String sampler;

    @Option(names = "--chains", defaultValue = "4", description = "Chains per fit (default: ${DEFAULT-VALUE}).")
    int chains;

    @Option(names = "--warmup", defaultValue = "500", description = "Warm-up iterations per chain (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--draws", defaultValue = "500", description = "Kept draws per chain (default: ${DEFAULT-VALUE}).")
    int draws;

    @Option(names = "--seed", defaultValue = "1", description = "Master seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", defaultValue = "0", description = "Replicates fitted at once; 0 = one per core (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--alpha", defaultValue = "0.01", description = "Family-wise false-failure probability of each check per model (default: ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "--target-accept", defaultValue = "0.8",
            description = "Target acceptance statistic of the sampler's step-size adaptation (default: ${DEFAULT-VALUE}); "
                    + "raise it (e.g. 0.95) for models whose curvature varies, as their documentation advises.")
    double targetAccept;

    @Option(names = "--fast", description = "Simulate at the models' small validation sizes (the test suite's level) instead of their default sizes.")
    boolean fast;

    @Option(names = "--output", paramLabel = "DIR", defaultValue = "validation", description = "Report directory (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--no-cache", description = "Do not keep or reuse finished replicates in OUTPUT/cache.")
    boolean noCache;

    @Option(names = "--json", description = "Print the summary as JSON.")
    boolean json;

    @Override
    public Integer call() {
        if (all == (modelName != null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give either a MODEL or --all");
        }
        List<ModelProvider> models = all ? parent.services().models() : List.of(parent.services().model(modelName));
        ValidationProvider validation = ServiceLoader.load(ValidationProvider.class).findFirst().orElseThrow(() -> new IllegalStateException(
                "no ValidationProvider installed: put the bayes4j-validation module on the module path"));
        parent.services().sampler(sampler);
        ValidationSettings settings = new ValidationSettings(sampler, replicates, chains, warmup, draws, seed, threads, fast, alpha,
                targetAccept, noCache ? null : output.resolve("cache"), output);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<ValidationReport> reports = new ArrayList<>();
        for (ModelProvider m : models) {
            reports.add(validation.validate(m, settings, json ? ValidationListener.NONE : progress(err)));
        }
        if (json) {
            out.print(json(reports));
        } else {
            out.print(table(reports));
        }
        out.flush();
        return reports.stream().allMatch(ValidationReport::passed) ? 0 : Bayes4j.EXIT_USER_ERROR;
    }

    /** Progress lines on standard error, about every tenth of a model's replicates. */
    private static ValidationListener progress(PrintWriter err) {
        return new ValidationListener() {
            @Override public void replicateFinished(String model, int replicate, int done, int total, boolean fromCache) {
                if (done == total || done % Math.max(1, total / 10) == 0) {
                    synchronized (err) {
                        err.println(model + ": " + done + "/" + total + " replicates" + (fromCache ? " (cached)" : ""));
                        err.flush();
                    }
                }
            }
        };
    }

    static String table(List<ValidationReport> reports) {
        StringBuilder b = new StringBuilder();
        String head = String.format(Locale.ROOT, "%-28s %10s %7s %9s %9s %8s %9s  %s%n", "model", "replicates", "failed", "divergent",
                "rhat>1.01", "failing", "wall_s", "result");
        b.append(head);
        for (ValidationReport r : reports) {
            long failing = r.quantities().stream().filter(QuantityCheck::failed).count();
            b.append(String.format(Locale.ROOT, "%-28s %10d %7d %9d %9d %8d %9.1f  %s%n", r.model(), r.replicates(), r.failedFits(),
                    r.replicatesWithDivergences(), r.replicatesWithHighRhat(), failing, r.wallSeconds(), r.passed() ? "PASS" : "FAIL"));
        }
        for (ValidationReport r : reports) {
            for (String f : r.failures()) b.append(r.model()).append(": ").append(f).append(System.lineSeparator());
            for (Path p : r.files()) b.append("wrote ").append(p).append(System.lineSeparator());
        }
        return b.toString();
    }

    static String json(List<ValidationReport> reports) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        ArrayNode models = root.putArray("models");
        for (ValidationReport r : reports) {
            ObjectNode m = models.addObject();
            m.put("model", r.model());
            m.put("sampler", r.sampler());
            m.put("replicates", r.replicates());
            m.put("passed", r.passed());
            m.put("failed_fits", r.failedFits());
            m.put("replicates_with_divergences", r.replicatesWithDivergences());
            m.put("replicates_with_high_rhat", r.replicatesWithHighRhat());
            m.put("wall_seconds", r.wallSeconds());
            ArrayNode failures = m.putArray("failures");
            r.failures().forEach(failures::add);
            ArrayNode qs = m.putArray("quantities");
            for (QuantityCheck q : r.quantities()) {
                ObjectNode n = qs.addObject();
                n.put("name", q.name());
                number(n, "chi_square_p", q.chiSquareP());
                number(n, "ecdf_p", q.ecdfP());
                n.put("ecdf_outside_band_95", q.outsideBand());
                number(n, "coverage_50", q.coverage50());
                number(n, "coverage_90", q.coverage90());
                n.put("failed", q.failed());
            }
            ArrayNode files = m.putArray("files");
            r.files().forEach(p -> files.add(p.toString()));
        }
        try {
            return mapper.writeValueAsString(root) + System.lineSeparator();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void number(ObjectNode n, String key, double v) {
        if (Double.isFinite(v)) n.put(key, v);
        else n.putNull(key);
    }
}
