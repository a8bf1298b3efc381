package org.bayes4j.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import picocli.CommandLine;

/**
 * Turns failures into messages a person can act on. Mistakes in the input
 * (unknown model, unreadable or malformed file, bad data) are user errors:
 * one line on standard error, no stack trace. Anything else is a bug in
 * bayes4j or a plug-in and is reported as an internal error with its stack
 * trace. Setting the environment variable {@code BAYES4J_DEBUG=1} prints the
 * stack trace of user errors too.
 */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler, CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("bayes4j: " + ex.getMessage());
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
            err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
        }
        err.flush();
        return cl.getCommandSpec().exitCodeOnInvalidInput();
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        Throwable cause = unwrap(ex);
        if (isUserError(cause)) {
            err.println("bayes4j: " + message(cause));
            if (debug()) cause.printStackTrace(err);
            err.flush();
            return cause instanceof UnknownNameException ? Bayes4j.EXIT_USAGE : Bayes4j.EXIT_USER_ERROR;
        }
        err.println("bayes4j: internal error: " + cause);
        err.println("This is a bug in bayes4j or in a plug-in; please report it with the trace below.");
        cause.printStackTrace(err);
        err.flush();
        return Bayes4j.EXIT_INTERNAL_ERROR;
    }

    /** Removes the wrappers thread pools and futures put around the real failure. */
    static Throwable unwrap(Throwable t) {
        while ((t instanceof CompletionException || t instanceof ExecutionException
                || t instanceof CommandLine.ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    static boolean isUserError(Throwable t) {
        return t instanceof IllegalArgumentException || t instanceof IllegalStateException
                || t instanceof IOException || t instanceof UncheckedIOException;
    }

    static String message(Throwable t) {
        if (t instanceof UncheckedIOException u && u.getCause() != null) t = u.getCause();
        if (t instanceof NoSuchFileException n) return n.getFile() + ": no such file";
        if (t instanceof AccessDeniedException a) return a.getFile() + ": permission denied";
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m;
    }

    private static boolean debug() {
        String v = System.getenv("BAYES4J_DEBUG");
        return v != null && !v.isEmpty() && !v.equals("0");
    }
}
