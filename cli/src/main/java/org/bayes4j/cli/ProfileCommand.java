package org.bayes4j.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

import org.bayes4j.cli.io.DataFiles;
import org.bayes4j.spi.density.SamplingTarget;
import org.bayes4j.spi.model.CompiledModel;
import org.bayes4j.spi.model.ModelData;
import org.bayes4j.spi.model.ModelProvider;
import org.bayes4j.spi.model.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code bayes4j profile MODEL}: where one log-density-and-gradient evaluation
 * of a compiled model spends its time, per graph node and per kind of node
 * (op, family, bijector), for users chasing a slow model. The point is the one
 * Stan starts a chain from: every unconstrained coordinate uniform on (-2, 2),
 * with a fixed seed. Timings are wall-clock shares of the forward and reverse
 * sweeps, so they are indicative: a JMH benchmark (module {@code bench}) is the
 * way to measure a model's speed.
 */
@Command(name = "profile", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Profile a model's log density and gradient: time share per op of the compiled graph.")
public final class ProfileCommand implements Callable<Integer> {

    @ParentCommand
    Bayes4j parent;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL", description = "Model name (see 'bayes4j models').")
    String modelName;

    @Option(names = "--data", paramLabel = "FILE", description = "CSV or Stan-style JSON data file (default: the model's default data).")
    Path dataFile;

    @Option(names = "--evaluations", defaultValue = "2000", description = "Gradient evaluations timed (default: ${DEFAULT-VALUE}).")
    int evaluations;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the evaluation point (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--top", defaultValue = "20", description = "Nodes listed, most expensive first (default: ${DEFAULT-VALUE}).")
    int top;

    @Override
    public Integer call() throws Exception {
        if (evaluations < 1) throw new IllegalArgumentException("--evaluations is " + evaluations + ", but must be at least 1");
        if (top < 1) throw new IllegalArgumentException("--top is " + top + ", but must be at least 1");
        ModelProvider provider = parent.services().model(modelName);
        ModelData data = dataFile != null ? DataFiles.read(dataFile) : provider.defaultData();
        SamplingTarget target = parent.services().compile(provider.build(data));
        if (!(target instanceof CompiledModel compiled)) {
            throw new IllegalStateException("the installed model compiler (" + target.getClass().getName() + ") does not profile graphs");
        }
        double[] theta = startingPoint(compiled.newEvaluator().dimension(), seed);
        Profile profile = compiled.profile(theta, evaluations);
        PrintWriter out = spec.commandLine().getOut();
        out.print(render(provider.name(), data.source(), profile, top));
        out.flush();
        return 0;
    }

    /** Stan's default initialisation: each unconstrained coordinate uniform on (-2, 2). */
    static double[] startingPoint(int dimension, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] theta = new double[dimension];
        for (int i = 0; i < dimension; i++) theta[i] = random.nextDouble(-2, 2);
        return theta;
    }

    /** The two tables: shares summed per kind of node, then the most expensive nodes. */
    static String render(String model, String source, Profile profile, int top) {
        StringBuilder s = new StringBuilder();
        double microsPerEvaluation = profile.totalNanos() / 1e3 / profile.evaluations();
        s.append(String.format(Locale.ROOT, "Profile of %s (data: %s): %d evaluations, %.2f µs per log density and gradient%n%n",
                model, source, profile.evaluations(), microsPerEvaluation));
        Map<String, double[]> byKind = new LinkedHashMap<>();
        for (Profile.Entry e : profile.entries()) {
            double[] acc = byKind.computeIfAbsent(e.kind(), k -> new double[2]);
            acc[0] += e.share();
            acc[1] += e.nanos();
        }
        List<Map.Entry<String, double[]>> kinds = new ArrayList<>(byKind.entrySet());
        kinds.sort(Comparator.comparingDouble((Map.Entry<String, double[]> e) -> -e.getValue()[0]));
        int kindWidth = Math.max(4, kinds.stream().mapToInt(e -> e.getKey().length()).max().orElse(4));
        s.append(String.format(Locale.ROOT, "%-" + kindWidth + "s  %7s  %12s%n", "kind", "share", "µs/eval"));
        for (Map.Entry<String, double[]> e : kinds) {
            s.append(String.format(Locale.ROOT, "%-" + kindWidth + "s  %6.1f%%  %12.3f%n", e.getKey(), 100 * e.getValue()[0],
                    e.getValue()[1] / 1e3 / profile.evaluations()));
        }
        List<Profile.Entry> nodes = new ArrayList<>(profile.entries());
        nodes.sort(Comparator.comparingDouble((Profile.Entry e) -> -e.share()));
        nodes = nodes.subList(0, Math.min(top, nodes.size()));
        int labelWidth = Math.max(4, nodes.stream().mapToInt(e -> e.label().length()).max().orElse(4));
        s.append(String.format(Locale.ROOT, "%nmost expensive nodes%n%-" + kindWidth + "s  %-" + labelWidth + "s  %7s  %12s%n",
                "kind", "node", "share", "µs/eval"));
        for (Profile.Entry e : nodes) {
            s.append(String.format(Locale.ROOT, "%-" + kindWidth + "s  %-" + labelWidth + "s  %6.1f%%  %12.3f%n", e.kind(), e.label(),
                    100 * e.share(), e.nanos() / 1e3 / profile.evaluations()));
        }
        return s.toString();
    }
}
