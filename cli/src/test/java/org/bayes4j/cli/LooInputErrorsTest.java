package org.bayes4j.cli;

import static org.bayes4j.cli.CommandLineTest.assertNoStackTrace;
import static org.bayes4j.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every malformed log-likelihood file is a user error: exit code 1, one line
 * naming the file, the line and, where there is one, the column; no stack trace.
 */
class LooInputErrorsTest {

    @TempDir
    Path dir;

    private String error(String content) throws Exception {
        Path file = dir.resolve("ll.csv");
        Files.writeString(file, content);
        CommandLineTest.Run r = run(ServiceLookup.fromServiceLoader(), "loo", file.toString());
        assertEquals(1, r.exitCode(), r.out() + r.err());
        assertNoStackTrace(r);
        assertEquals(1, r.err().lines().count(), r.err());
        String prefix = "bayes4j: " + file;
        assertEquals(prefix, r.err().substring(0, prefix.length()), r.err());
        return r.err().substring(prefix.length()).stripTrailing();
    }

    @Test
    void raggedRowNamesTheLine() throws Exception {
        assertEquals(":3: 1 values, but the header has 2 columns", error("a,b\n-1,-2\n-1\n-1,-2\n"));
        assertEquals(":2: 3 values, but the header has 2 columns", error("a,b\n-1,-2,-3\n-1,-2\n"));
    }

    @Test
    void nonFiniteLogLikelihoodNamesLineAndColumn() throws Exception {
        assertEquals(":3, column 'b': log-likelihood is NaN, but must be finite", error("a,b\n-1,-2\n-1,nan\n"));
        assertEquals(":2, column 'a': log-likelihood is -Infinity, but must be finite", error("a,b\n-inf,-2\n-1,-2\n"));
        assertEquals(":4, column 'b': log-likelihood is Infinity, but must be finite", error("a,b\n-1,-2\n-1,-2\n-1,inf\n"));
    }

    @Test
    void nonNumericCellNamesLineAndColumn() throws Exception {
        assertEquals(":3, column 'b': 'oops' is not a number", error("a,b\n-1,-2\n-1,oops\n"));
        assertEquals(":2, column 'a': empty cell is not a number", error("a,b\n,-2\n-1,-2\n"));
    }

    @Test
    void tooFewDraws() throws Exception {
        assertEquals(": 1 draw, but LOO needs at least 2 (one row per posterior draw)", error("a,b\n-1,-2\n"));
        assertEquals(": 0 draws, but LOO needs at least 2 (one row per posterior draw)", error("a,b\n"));
        assertEquals(": 2 draws per chain, but the relative efficiency needs at least 3 (drop the 'chain' column to use r_eff = 1)",
                error("chain,a\n1,-1\n1,-2\n2,-1\n2,-3\n"));
    }

    @Test
    void emptyFileAndBadHeader() throws Exception {
        assertEquals(": empty file; expected a header row naming the observations", error(""));
        assertEquals(":1: the header names no observation column (only 'chain')", error("chain\n1\n1\n"));
        assertEquals(":1: column 'a' appears twice", error("a,a\n-1,-2\n-1,-2\n"));
        assertEquals(":1: column 2 has no name", error("a,\n-1,-2\n-1,-2\n"));
    }

    @Test
    void chainsMustBeContiguousIntegersOfEqualLength() throws Exception {
        assertEquals(":5, column 'chain': chain 1 appears again after chain 2; the draws of each chain must be contiguous",
                error("chain,a\n1,-1\n1,-1\n2,-1\n1,-1\n2,-1\n2,-2\n"));
        assertEquals(": chain 2 has 4 draws, but chain 1 has 3; chains must have equal length",
                error("chain,a\n1,-1\n1,-1\n1,-2\n2,-1\n2,-1\n2,-2\n2,-3\n"));
        assertEquals(":3, column 'chain': '1.5' is not a chain id (an integer)", error("a,chain\n-1,1\n-1,1.5\n"));
    }

    @Test
    void missingFile() {
        CommandLineTest.Run r = run(ServiceLookup.fromServiceLoader(), "loo", dir.resolve("none.csv").toString());
        assertEquals(1, r.exitCode());
        assertEquals("bayes4j: " + dir.resolve("none.csv") + ": no such file\n", r.err());
    }

    /** The chain column may stand anywhere; a file with chains well formed runs. */
    @Test
    void wellFormedFileWithChainColumnLastRuns() throws Exception {
        Path file = dir.resolve("ok.csv");
        StringBuilder b = new StringBuilder("a,b,chain\n");
        java.util.Random rng = new java.util.Random(2);
        for (int c = 1; c <= 2; c++) for (int s = 0; s < 50; s++) b.append(-1 - rng.nextDouble()).append(',').append(-2 - rng.nextDouble()).append(',').append(c).append('\n');
        Files.writeString(file, b.toString());
        CommandLineTest.Run r = run(ServiceLookup.fromServiceLoader(), "loo", file.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(true, r.out().contains("2 chains; relative efficiencies r_eff from the chains"), r.out());
    }
}
