package org.bayes4j.cli.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.bayes4j.cli.TestDraws;
import org.bayes4j.spi.draws.ChainDraws;
import org.bayes4j.spi.draws.Draws;
import org.bayes4j.spi.sampler.SamplerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Law: writing draws as CmdStan CSV and reading them back gives the same names, statistics and bits. */
class CmdStanCsvRoundTripTest {

    @TempDir
    Path dir;

    private static RunSettings settings(int chains, int warmup, int draws) {
        SamplerConfig config = SamplerConfig.defaults().withChains(chains).withWarmup(warmup).withDraws(draws).withSeed(42);
        return new RunSettings("toy", "data.json", "nuts", config);
    }

    @Test
    void roundTripIsBitExact() throws Exception {
        for (long seed = 1; seed <= 5; seed++) {
            Draws original = TestDraws.make(seed, 3, 0, 40, -1);
            List<Path> files = CmdStanCsvWriter.writeAll(dir.resolve("run" + seed), original, settings(3, 0, 40));
            assertEquals(List.of("toy-1.csv", "toy-2.csv", "toy-3.csv"), files.stream().map(p -> p.getFileName().toString()).toList());
            Draws read = CmdStanCsvReader.readDraws(files);
            assertSameDraws(original, read, "seed " + seed);
        }
    }

    @Test
    void savedWarmupComesBackAsWarmup() throws Exception {
        Draws original = TestDraws.make(7, 2, 15, 20, -1);
        Draws read = CmdStanCsvReader.readDraws(CmdStanCsvWriter.writeAll(dir, original, settings(2, 15, 20)));
        for (int c = 0; c < 2; c++) {
            assertBits(original.chains().get(c).warmupDraws(), read.chains().get(c).warmupDraws(), "warm-up chain " + c);
            assertEquals(original.chains().get(c).warmupStats(), read.chains().get(c).warmupStats());
        }
        assertSameDraws(original, read, "with warm-up");
    }

    @Test
    void headerUsesCmdStanNamesAndLayout() throws Exception {
        Draws original = TestDraws.make(3, 1, 0, 5, -1);
        Path file = CmdStanCsvWriter.writeAll(dir, original, settings(1, 0, 5)).get(0);
        List<String> lines = Files.readAllLines(file);
        String header = lines.stream().filter(l -> !l.startsWith("#")).findFirst().orElseThrow();
        assertEquals("lp__,accept_stat__,stepsize__,treedepth__,n_leapfrog__,divergent__,energy__,mu,alpha.1,alpha.2,alpha.3,"
                + "beta.1.1,beta.1.2,beta.1.3,beta.2.1,beta.2.2,beta.2.3", header);
        assertTrue(lines.contains("# model = toy"));
        assertTrue(lines.contains("# method = sample (Default)"));
        assertTrue(lines.contains("#     num_samples = 5"));
        assertTrue(lines.contains("#   seed = 42"));
        assertTrue(lines.contains("# id = 1"));
        assertTrue(lines.contains("#         engine = nuts (Default)"));
        assertTrue(lines.contains("# Adaptation terminated"));
        assertTrue(lines.contains("# Diagonal elements of inverse mass matrix:"));
        assertTrue(lines.stream().anyMatch(l -> l.equals("#  Elapsed Time: 0.25 seconds (Warm-up)")), lines.toString());
        assertTrue(lines.contains("#                1.125 seconds (Sampling)"));
        assertTrue(lines.contains("#                1.375 seconds (Total)"));
        int headerLine = lines.indexOf(header);
        assertTrue(lines.indexOf("# Adaptation terminated") > headerLine, "adaptation block follows the header");
    }

    @Test
    void failedChainKeepsItsDraws() throws Exception {
        Draws original = TestDraws.make(11, 2, 0, 30, 12);
        List<Path> files = CmdStanCsvWriter.writeAll(dir, original, settings(2, 0, 30));
        CmdStanCsvReader.ChainFile failed = CmdStanCsvReader.read(files.get(1));
        assertEquals(12, failed.rows().size());
        assertTrue(Files.readString(files.get(1)).contains("Chain stopped early after 12 draws: log density is NaN at theta[2] : 7.5"));
    }

    /** The bit comparison can fail: one ulp of difference in one cell is caught. */
    @Test
    void comparisonCatchesOneUlp() {
        Draws original = TestDraws.make(5, 1, 0, 3, -1);
        ChainDraws c = original.chains().get(0);
        double[][] changed = new double[c.numDraws()][];
        for (int i = 0; i < changed.length; i++) changed[i] = c.draws()[i].clone();
        changed[1][2] = Math.nextUp(changed[1][2]);
        assertFalse(sameBits(c.draws(), changed));
        assertNotEquals(CmdStanNumbers.format(0.0), CmdStanNumbers.format(-0.0), "-0.0 keeps its sign");
    }

    @Test
    void numbersRoundTripIncludingNonFinite() {
        double[] xs = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.0, Double.MIN_VALUE,
                Double.MAX_VALUE, 9.007199254740993E15, 1e16, 0.1, -2.5e-8, 12345678912345.0};
        for (double x : xs) {
            assertEquals(Double.doubleToLongBits(x), Double.doubleToLongBits(CmdStanNumbers.parse(CmdStanNumbers.format(x))), Double.toString(x));
        }
        assertEquals("inf", CmdStanNumbers.format(Double.POSITIVE_INFINITY));
        assertEquals("3", CmdStanNumbers.format(3.0));
    }

    static void assertSameDraws(Draws expected, Draws actual, String what) {
        assertEquals(expected.names(), actual.names(), what);
        assertEquals(expected.numChains(), actual.numChains(), what);
        for (int c = 0; c < expected.numChains(); c++) {
            ChainDraws e = expected.chains().get(c);
            ChainDraws a = actual.chains().get(c);
            assertBits(e.draws(), a.draws(), what + ", chain " + c);
            assertEquals(e.stats(), a.stats(), what + ", stats of chain " + c);
            assertEquals(Double.doubleToLongBits(e.stepSize()), Double.doubleToLongBits(a.stepSize()), what);
            assertBits(new double[][] {e.inverseMetric()}, new double[][] {a.inverseMetric()}, what + ", metric");
            assertEquals(e.warmupSeconds(), a.warmupSeconds(), 1e-9);
            assertEquals(e.samplingSeconds(), a.samplingSeconds(), 1e-9);
        }
    }

    static void assertBits(double[][] expected, double[][] actual, String what) {
        assertTrue(sameBits(expected, actual), what + ": values differ");
    }

    static boolean sameBits(double[][] a, double[][] b) {
        if (a.length != b.length) return false;
        for (int i = 0; i < a.length; i++) {
            if (a[i].length != b[i].length) return false;
            for (int k = 0; k < a[i].length; k++) {
                if (Double.doubleToLongBits(a[i][k]) != Double.doubleToLongBits(b[i][k])) return false;
            }
        }
        return true;
    }

}
