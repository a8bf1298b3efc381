package org.bayes4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bayes4j.spi.diagnostic.Summarizer;
import org.bayes4j.spi.model.ModelProvider;
import org.bayes4j.spi.sampler.SamplerProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The commands end to end, with test doubles injected for every service. */
class CommandLineTest {

    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {}

    static Run run(ServiceLookup services, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Bayes4j.commandLine(services);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    static ServiceLookup services(SamplerProvider sampler) {
        List<ModelProvider> models = List.of(new Fakes.CoinModel("reedfrogs"), new Fakes.CoinModel("eight-schools"));
        List<Summarizer> summarizers = List.of(new Fakes.MomentSummarizer());
        return ServiceLookup.of(models, List.of(sampler), summarizers, Fakes::compile);
    }

    static ServiceLookup services() { return services(new Fakes.FakeSampler(-1, null)); }

    static void assertNoStackTrace(Run r) {
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), "no stack trace for a user error:\n" + r.err());
    }

    @Test
    void unknownModelExitsWithUsageCodeListingKnownModels() {
        Run r = run(services(), "fit", "frogs");
        assertEquals(2, r.exitCode());
        assertEquals("bayes4j: no model named 'frogs'; known: eight-schools, reedfrogs\n", r.err());
        assertNoStackTrace(r);
        Run s = run(services(), "fit", "reedfrogs", "--sampler", "slice", "--seed", "1");
        assertEquals(2, s.exitCode());
        assertTrue(s.err().contains("no sampler named 'slice'; known: nuts"), s.err());
    }

    @Test
    void badOptionIsAUsageError() {
        Run r = run(services(), "fit", "reedfrogs", "--chains", "many");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith("bayes4j: Invalid value for option '--chains'"), r.err());
        assertNoStackTrace(r);
        Run bad = run(services(), "fit", "reedfrogs", "--chains", "0", "--seed", "3");
        assertEquals(1, bad.exitCode());
        assertEquals("bayes4j: chains is 0, but must be >= 1\n", bad.err());
    }

    @Test
    void modelsListsEverythingAndAsJson() throws Exception {
        Run text = run(services(), "models");
        assertEquals(0, text.exitCode());
        assertTrue(text.out().startsWith("eight-schools\n  coin flips (eight-schools)\n"), text.out());
        assertTrue(text.out().contains("    y  int [N]  number of heads per trial"), text.out());
        assertTrue(text.out().contains("  checked parameters: mu"));
        Run json = run(services(), "models", "--json");
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertEquals("reedfrogs", root.get("models").get(1).get("name").asText());
        assertEquals("int", root.get("models").get(0).get("data").get(0).get("type").asText());
        assertEquals(3, root.get("models").get(0).get("default_sizes").get("N").asInt());
        Run none = run(ServiceLookup.of(List.of(), List.of(), List.of()), "models");
        assertEquals(0, none.exitCode());
        assertTrue(none.out().startsWith("no models installed"), none.out());
    }

    @Test
    void fitPrintsTableWithDefaultData() {
        Run r = run(services(), "fit", "reedfrogs", "--chains", "2", "--draws", "50", "--seed", "9");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("Model reedfrogs (data: default data); sampler nuts, 2 chains x 1000 warm-up + 50 draws, seed 9"), r.out());
        assertTrue(r.out().contains("hdi_3%") && r.out().contains("\nbeta[1, 2] "), r.out());
        assertTrue(r.out().contains("2 chains x 50 draws;"), r.out());
    }

    @Test
    void fitJsonAndCmdStanOutputThenSummaryOfTheFiles() throws Exception {
        Fakes.FakeSampler sampler = new Fakes.FakeSampler(-1, null);
        Path data = dir.resolve("frogs.json");
        Files.writeString(data, "{\"y\": [1, 2, 3]}");
        Run r = run(services(sampler), "fit", "reedfrogs", "--data", data.toString(), "--chains", "3", "--warmup", "10",
                "--draws", "40", "--seed", "17", "--threads", "2", "--target-accept", "0.9", "--max-depth", "8",
                "--output", dir.resolve("out").toString(), "--json", "--hdi-prob", "0.9");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(3, sampler.lastConfig.chains());
        assertEquals(17, sampler.lastConfig.seed());
        assertEquals(0.9, sampler.lastConfig.targetAccept());
        assertEquals(8, sampler.lastConfig.maxTreeDepth());
        assertEquals(2, sampler.lastConfig.threads());
        JsonNode fit = new ObjectMapper().readTree(r.out());
        assertEquals(3, fit.get("chains").asInt());
        assertEquals(40, fit.get("draws").asInt());
        assertTrue(fit.get("variables").get(0).has("hdi_5%"));
        List<Path> files;
        try (Stream<Path> s = Files.list(dir.resolve("out"))) {
            files = s.sorted().toList();
        }
        assertEquals(List.of("reedfrogs-1.csv", "reedfrogs-2.csv", "reedfrogs-3.csv"), files.stream().map(p -> p.getFileName().toString()).toList());
        assertTrue(r.err().contains("wrote " + files.get(0)), r.err());
        assertTrue(Files.readString(files.get(0)).contains("#   file = " + data));

        String[] args = Stream.concat(Stream.of("summary", "--json", "--hdi-prob", "0.9"), files.stream().map(Path::toString)).toArray(String[]::new);
        Run s = run(services(), args);
        assertEquals(0, s.exitCode(), s.err());
        JsonNode sum = new ObjectMapper().readTree(s.out());
        assertEquals(fit.get("variables"), sum.get("variables"), "summary of the files equals the summary of the fit");
        assertEquals(fit.get("divergences"), sum.get("divergences"));
    }

    @Test
    void failedChainIsReportedAndWrittenWithExitCodeOne() throws Exception {
        Run r = run(services(new Fakes.FakeSampler(5, null)), "fit", "reedfrogs", "--chains", "2", "--draws", "30",
                "--seed", "1", "--output", dir.toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.out().contains("chain 2 stopped after 5 draws: log density is NaN at theta[2] = 7.5"), r.out());
        assertTrue(r.err().contains("at least one chain failed; the summary uses the 1 complete chain(s)"), r.err());
        assertTrue(r.out().contains("1 chain x 30 draws;"), "the summary leaves the failed chain out:\n" + r.out());
        long rows = Files.readAllLines(dir.resolve("reedfrogs-2.csv")).stream().filter(l -> !l.startsWith("#")).count();
        assertEquals(1 + 5, rows, "header plus the five draws the chain made");
    }

    @Test
    void chainFailingBeforeItsFirstDrawIsLeftOutOfTheSummary() {
        Run r = run(services(new Fakes.FakeSampler(0, null)), "fit", "reedfrogs", "--chains", "3", "--draws", "20", "--seed", "4", "--json");
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.out().contains("\"chains\" : 2"), r.out());
        assertTrue(r.out().contains("chain 3 stopped after 0 draws"), r.out());
        Run all = run(services(new Fakes.FakeSampler(0, null)), "fit", "reedfrogs", "--chains", "1", "--draws", "20", "--seed", "4");
        assertEquals(1, all.exitCode());
        assertTrue(all.err().startsWith("bayes4j: no chain produced a draw, nothing to summarise: chain 1 stopped after 0 draws"), all.err());
    }

    @Test
    void malformedDataFileIsAUserErrorNamingFileAndLine() throws Exception {
        Path data = dir.resolve("frogs.csv");
        Files.writeString(data, "y,n\n1,2\n3\n");
        Run r = run(services(), "fit", "reedfrogs", "--data", data.toString(), "--seed", "1");
        assertEquals(1, r.exitCode());
        assertEquals("bayes4j: " + data + ":3: 1 values, but the header has 2 columns\n", r.err());
        Run missing = run(services(), "fit", "reedfrogs", "--data", dir.resolve("nope.json").toString(), "--seed", "1");
        assertEquals(1, missing.exitCode());
        assertEquals("bayes4j: " + dir.resolve("nope.json") + ": no such file\n", missing.err());
        Files.writeString(data, "y\n1\n-2\n");
        Run negative = run(services(), "fit", "reedfrogs", "--data", data.toString(), "--seed", "1");
        assertEquals(1, negative.exitCode());
        assertEquals("bayes4j: " + data + ": variable 'y' row 2 is -2, but counts must be >= 0\n", negative.err());
        assertNoStackTrace(negative);
    }

    @Test
    void summaryOfUnreadableFileIsAUserError() {
        Run r = run(services(), "summary", dir.resolve("missing.csv").toString());
        assertEquals(1, r.exitCode());
        assertEquals("bayes4j: " + dir.resolve("missing.csv") + ": no such file\n", r.err());
    }

    /** The other side of the rule: a bug is reported as an internal error, with its stack trace. */
    @Test
    void internalErrorPrintsStackTrace() {
        Run r = run(services(new Fakes.FakeSampler(-1, new NullPointerException("bug in a sampler"))), "fit", "reedfrogs", "--seed", "1");
        assertEquals(70, r.exitCode());
        assertTrue(r.err().startsWith("bayes4j: internal error: java.lang.NullPointerException: bug in a sampler"), r.err());
        assertTrue(r.err().contains("\tat "), "stack trace printed:\n" + r.err());
    }

    @Test
    void noSummarizerInstalledIsExplained() {
        ServiceLookup none = ServiceLookup.of(List.of(new Fakes.CoinModel("m")), List.of(new Fakes.FakeSampler(-1, null)), List.of(), Fakes::compile);
        Run r = run(none, "fit", "m", "--seed", "1", "--draws", "5");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("no Summarizer installed: put the bayes4j-diagnostics module on the module path"), r.err());
    }
}
