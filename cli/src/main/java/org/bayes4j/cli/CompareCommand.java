package org.bayes4j.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.bayes4j.cli.io.LogLikelihoodCsv;
import org.bayes4j.cli.io.LogLikelihoodCsvReader;
import org.bayes4j.spi.diagnostic.ComparisonResult;
import org.bayes4j.spi.diagnostic.LooProvider;
import org.bayes4j.spi.diagnostic.LooResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code bayes4j compare NAME=FILE NAME=FILE ...}: ranks models fitted to the
 * same observations by their PSIS-LOO elpd, as {@code loo::loo_compare} and
 * ArviZ's {@code az.compare}. Each file is a pointwise log-likelihood CSV
 * (see {@link LogLikelihoodCsvReader}); the installed
 * {@link org.bayes4j.spi.diagnostic.ModelComparer} gives the differences to
 * the best model with their standard errors
 * $\sqrt{N}\,\mathrm{sd}(\mathrm{elpd}_{k,i} - \mathrm{elpd}_{\mathrm{best},i})$,
 * stacking weights and pseudo-BMA+ weights (Bayesian-bootstrap regularised;
 * Yao, Vehtari, Simpson and Gelman 2018).
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare models by PSIS-LOO: elpd differences with SEs, stacking and pseudo-BMA+ weights.")
public final class CompareCommand implements Callable<Integer> {

    @ParentCommand
    Bayes4j parent;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "2..*", paramLabel = "NAME=FILE", description = "A model's name and its log-likelihood CSV file; at least two.")
    List<String> models;

    @Option(names = "--json", description = "Print the comparison as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        List<ModelFile> files;
        try {
            files = ModelFile.parseAll(models);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Map<String, LogLikelihoodCsv> inputs = new LinkedHashMap<>();
        ModelFile first = null;
        for (ModelFile m : files) {
            LogLikelihoodCsv input = LogLikelihoodCsvReader.read(m.file());
            if (first == null) {
                first = m;
            } else if (input.numObservations() != inputs.get(first.name()).numObservations()) {
                throw new IllegalArgumentException("models '" + first.name() + "' (" + first.file() + ") and '" + m.name() + "' ("
                        + m.file() + ") have " + inputs.get(first.name()).numObservations() + " and " + input.numObservations()
                        + " observations; models can only be compared on the same observations");
            }
            inputs.put(m.name(), input);
        }
        LooProvider provider = parent.services().looProvider();
        Map<String, LooResult> loo = new LinkedHashMap<>();
        Map<String, double[]> pointwise = new LinkedHashMap<>();
        for (Map.Entry<String, LogLikelihoodCsv> e : inputs.entrySet()) {
            LooResult r = LooCommand.loo(provider, e.getValue());
            loo.put(e.getKey(), r);
            pointwise.put(e.getKey(), r.pointwiseElpdLoo());
        }
        ComparisonResult comparison = parent.services().modelComparer().compare(pointwise);
        List<String> warnings = warnings(inputs, loo);
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? ComparisonReport.json(comparison, loo, warnings) : ComparisonReport.text(comparison, loo, warnings));
        out.flush();
        return 0;
    }

    /** Each model's LOO warnings, and a note when the files name their observations differently. */
    private static List<String> warnings(Map<String, LogLikelihoodCsv> inputs, Map<String, LooResult> loo) {
        List<String> out = new ArrayList<>();
        String firstName = inputs.keySet().iterator().next();
        List<String> firstColumns = inputs.get(firstName).observations();
        for (Map.Entry<String, LogLikelihoodCsv> e : inputs.entrySet()) {
            if (!e.getValue().observations().equals(firstColumns)) {
                out.add("models '" + firstName + "' and '" + e.getKey() + "' name their observation columns differently;"
                        + " the comparison assumes column i is the same observation in every file");
            }
        }
        for (Map.Entry<String, LooResult> e : loo.entrySet()) {
            for (String w : e.getValue().warnings()) out.add(e.getKey() + ": " + w);
        }
        return out;
    }
}
