package org.bayes4j.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;

import org.bayes4j.cli.io.LogLikelihoodCsv;
import org.bayes4j.cli.io.LogLikelihoodCsvReader;
import org.bayes4j.spi.diagnostic.LooProvider;
import org.bayes4j.spi.diagnostic.LooResult;
import org.bayes4j.spi.diagnostic.WaicResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code bayes4j loo FILE}: Pareto-smoothed importance-sampling leave-one-out
 * cross-validation and WAIC from a pointwise log-likelihood CSV file (see
 * {@link LogLikelihoodCsvReader}). With a {@code chain} column the relative
 * efficiencies $r_{\mathrm{eff},i} = \mathrm{ESS}(\exp \ell_{\cdot i}) / S$
 * come from the chains, as {@code loo::relative_eff}; without one they are 1.
 * The installed {@link LooProvider} does the computing.
 */
@Command(name = "loo", mixinStandardHelpOptions = true,
        description = "PSIS-LOO and WAIC from a pointwise log-likelihood CSV file "
                + "(header row; one row per draw; one column per observation; optional 'chain' column).")
public final class LooCommand implements Callable<Integer> {

    @ParentCommand
    Bayes4j parent;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1", paramLabel = "FILE", description = "Log-likelihood CSV file.")
    Path file;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        LogLikelihoodCsv input = LogLikelihoodCsvReader.read(file);
        LooProvider provider = parent.services().looProvider();
        LooResult loo = loo(provider, input);
        WaicResult waic = provider.waic(input.logLik());
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? LooReport.json(input, loo, waic) : LooReport.text(input, loo, waic));
        out.flush();
        return 0;
    }

    /** PSIS-LOO of the file, with r_eff from its chains when it names them, else r_eff = 1. */
    static LooResult loo(LooProvider provider, LogLikelihoodCsv input) {
        if (input.hasChains()) return provider.loo(input.logLik(), input.chainId());
        double[] ones = new double[input.numObservations()];
        Arrays.fill(ones, 1.0);
        return provider.loo(input.logLik(), ones);
    }
}
