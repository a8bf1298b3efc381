package org.bayes4j.cli.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.bayes4j.spi.draws.ChainDraws;
import org.bayes4j.spi.draws.Draws;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads files laid out as CmdStan itself writes them: comments anywhere, column-major arrays, Stan's number spellings. */
class CmdStanCsvReaderTest {

    /** Stan writes matrix elements column-major: theta.1.1, theta.2.1, theta.1.2, ... */
    static final String CMDSTAN = """
            # stan_version_major = 2
            # model = bernoulli_model
            # method = sample (Default)
            #   sample
            #     num_samples = 3 (Default)
            #     num_warmup = 1000 (Default)
            #     save_warmup = 0 (Default)
            #     thin = 1 (Default)
            # id = 2
            # random
            #   seed = 3252652196
            lp__,accept_stat__,stepsize__,treedepth__,n_leapfrog__,divergent__,energy__,sigma,theta.1.1,theta.2.1,theta.1.2,theta.2.2
            # Adaptation terminated
            # Step size = 0.893542
            # Diagonal elements of inverse mass matrix:
            # 0.483503, 1.5, 2, 3, 4
            -6.74827,0.926199,0.893542,1,3,0,6.82585,1.5,11,21,12,22
            # a comment in the middle of the draws
            -6.8,0.9,0.893542,2,3,1,7.1,inf,-11,-21,-12,-22

            -7,1,0.893542,1,1,0,7.2,1e-3,nan,2.1e1,1.2E+1,2.2e1
            #\s
            #  Elapsed Time: 0.005 seconds (Warm-up)
            #                0.015 seconds (Sampling)
            #                0.02 seconds (Total)
            #\s
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void readsCmdStanLayout() throws Exception {
        Draws d = CmdStanCsvReader.readDraws(List.of(write("a.csv", CMDSTAN)));
        assertEquals(List.of("sigma", "theta[0, 0]", "theta[0, 1]", "theta[1, 0]", "theta[1, 1]"), d.names());
        assertArrayEquals(new int[] {2, 2}, d.variables().get(1).shape());
        ChainDraws c = d.chains().get(0);
        assertEquals(3, c.numDraws());
        assertArrayEquals(new double[] {1.5, 11, 12, 21, 22}, c.draws()[0]);
        assertArrayEquals(new double[] {Double.POSITIVE_INFINITY, -11, -12, -21, -22}, c.draws()[1]);
        assertTrue(Double.isNaN(c.draws()[2][1]));
        assertEquals(21, c.draws()[2][3]);
        assertEquals(-6.8, c.stats().get(1).logDensity());
        assertTrue(c.stats().get(1).diverging());
        assertEquals(2, c.stats().get(1).treeDepth());
        assertEquals(1, d.divergences());
        assertEquals(7, d.gradientEvaluations());
        assertEquals(0.893542, c.stepSize());
        assertArrayEquals(new double[] {0.483503, 1.5, 2, 3, 4}, c.inverseMetric());
        assertEquals(0.005, c.warmupSeconds());
        assertEquals(0.015, c.samplingSeconds());
        CmdStanCsvReader.ChainFile f = CmdStanCsvReader.read(dir.resolve("a.csv"));
        assertEquals("3", f.config().get("num_samples"));
        assertEquals("bernoulli_model", f.config().get("model"));
    }

    @Test
    void raggedRowNamesFileAndLine() throws Exception {
        Path p = write("ragged.csv", CMDSTAN.replace("-6.8,0.9,0.893542,2,3,1,7.1,inf,", "-6.8,0.9,0.893542,2,3,1,7.1,"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CmdStanCsvReader.read(p));
        assertEquals(p + ":19: 11 values, but the header has 12 columns", e.getMessage());
    }

    @Test
    void nonNumericCellNamesFileLineAndColumn() throws Exception {
        Path p = write("bad.csv", CMDSTAN.replace(",-21,-12,", ",oops,-12,"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CmdStanCsvReader.read(p));
        assertEquals(p + ":19, column 10 ('theta.2.1'): 'oops' is not a number", e.getMessage());
    }

    @Test
    void filesWithDifferentColumnsOrLengthsAreRejectedByName() throws Exception {
        Path a = write("a.csv", CMDSTAN);
        Path b = write("b.csv", CMDSTAN.replace("theta.2.2", "theta.3.3"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CmdStanCsvReader.readDraws(List.of(a, b)));
        assertTrue(e.getMessage().startsWith(b + ": columns differ"), e.getMessage());
        Path c = write("c.csv", CMDSTAN.replace("-7,1,0.893542,1,1,0,7.2,1e-3,nan,2.1e1,1.2E+1,2.2e1\n", ""));
        e = assertThrows(IllegalArgumentException.class, () -> CmdStanCsvReader.readDraws(List.of(a, c)));
        assertEquals(c + ": has 2 draws, but " + a + " has 3", e.getMessage());
    }

    @Test
    void incompleteArrayIsRejected() throws Exception {
        Path p = write("hole.csv", """
                lp__,a.1,a.3
                1,2,3
                """);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CmdStanCsvReader.readDraws(List.of(p)));
        assertEquals(p + ": variable 'a' has 2 columns, but its largest indices [3] need 3", e.getMessage());
    }

    @Test
    void fileWithoutHeaderIsRejected() throws Exception {
        Path p = write("empty.csv", "# only comments\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CmdStanCsvReader.read(p));
        assertTrue(e.getMessage().contains("no header line"), e.getMessage());
    }
}
