package org.bayes4j.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.bayes4j.cli.io.CmdStanCsvReader;
import org.bayes4j.spi.diagnostic.Summary;
import org.bayes4j.spi.diagnostic.SummaryOptions;
import org.bayes4j.spi.draws.Draws;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bayes4j summary FILE...}: summarises CmdStan CSV files, one per
 * chain, written by {@code bayes4j fit --output} or by CmdStan itself. Array
 * elements {@code a.1.2} are shown in bayes4j's 0-based naming {@code a[0, 1]}.
 */
@Command(name = "summary", mixinStandardHelpOptions = true,
        description = "Summarise CmdStan CSV files (one file per chain).")
public final class SummaryCommand implements Callable<Integer> {

    @ParentCommand
    Bayes4j parent;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "CmdStan CSV files, one per chain.")
    List<Path> files;

    @Option(names = "--json", description = "Print the summary as JSON.")
    boolean json;

    @Option(names = "--hdi-prob", defaultValue = "0.94", description = "Probability mass of the highest-density interval (default: ${DEFAULT-VALUE}).")
    double hdiProb;

    @Option(names = "--quantiles", split = ",", paramLabel = "P", description = "Extra quantile columns, e.g. 0.05,0.5,0.95.")
    List<Double> quantiles;

    @Override
    public Integer call() throws Exception {
        SummaryOptions options = new SummaryOptions(hdiProb, quantiles == null ? List.of() : quantiles);
        Draws draws = CmdStanCsvReader.readDraws(files);
        if (draws.numDraws() == 0) throw new IllegalArgumentException(files.get(0) + ": no draws to summarise");
        Summary summary = parent.services().summarizer().summarize(draws, options);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.print(SummaryJson.render(summary, draws));
        } else {
            out.print(SummaryTable.table(summary, draws.names()));
            out.println();
            SummaryTable.diagnostics(summary, draws).forEach(out::println);
        }
        out.flush();
        return 0;
    }
}
