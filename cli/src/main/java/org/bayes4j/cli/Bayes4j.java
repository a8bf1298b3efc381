package org.bayes4j.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code bayes4j} command: {@code models}, {@code fit}, {@code ppc},
 * {@code kfold}, {@code summary}, {@code loo}, {@code compare},
 * {@code distributions}, {@code transforms}, {@code validate} and {@code profile}.
 * Every model, sampler and summarizer is found through the {@link ServiceLookup}
 * it is built with, which in {@link #main} is {@link java.util.ServiceLoader}.
 *
 * <p>Exit codes: 0 success; 1 a user error (unreadable or malformed file, bad
 * data, a chain that failed); 2 a usage error (unknown option, model or
 * sampler); 70 an internal error (a bug: printed with its stack trace).
 */
@Command(name = "bayes4j", mixinStandardHelpOptions = true, versionProvider = Bayes4j.Version.class,
        description = "Bayesian inference from the command line: fit shipped models, check them against their data, "
                + "summarise CmdStan CSV files, cross-validate and compare models by PSIS-LOO, list distributions and transforms.",
        subcommands = {ModelsCommand.class, FitCommand.class, PpcCommand.class, KFoldCommand.class, SummaryCommand.class,
                LooCommand.class, CompareCommand.class, DistributionsCommand.class, TransformsCommand.class, ValidateCommand.class,
                ProfileCommand.class, CommandLine.HelpCommand.class})
public final class Bayes4j implements Runnable {

    /** Exit code of an internal error (BSD sysexits EX_SOFTWARE). */
    public static final int EXIT_INTERNAL_ERROR = 70;

    /** Exit code of a user error such as a malformed data file. */
    public static final int EXIT_USER_ERROR = 1;

    /** Exit code of a usage error such as an unknown model name. */
    public static final int EXIT_USAGE = 2;

    @Spec
    CommandSpec spec;

    private final ServiceLookup services;

    public Bayes4j() {
        this(ServiceLookup.fromServiceLoader());
    }

    public Bayes4j(ServiceLookup services) {
        this.services = services;
    }

    ServiceLookup services() { return services; }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: models, fit, ppc, kfold, summary, loo, compare, distributions, transforms, validate or profile");
    }

    /** The command line with bayes4j's error handling, reading from the given services. */
    public static CommandLine commandLine(ServiceLookup services) {
        CommandLine cl = new CommandLine(new Bayes4j(services));
        ErrorReporter errors = new ErrorReporter();
        cl.setExecutionExceptionHandler(errors);
        cl.setParameterExceptionHandler(errors);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine(ServiceLookup.fromServiceLoader()).execute(args));
    }

    /** The module's version, when the launcher runs it from a versioned jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Bayes4j.class.getModule().getDescriptor() == null ? null
                    : Bayes4j.class.getModule().getDescriptor().rawVersion().orElse(null);
            if (v == null) v = Bayes4j.class.getPackage().getImplementationVersion();
            return new String[] {"bayes4j " + (v == null ? "(development build)" : v)};
        }
    }
}
