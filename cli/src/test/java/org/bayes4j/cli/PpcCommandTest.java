package org.bayes4j.cli;

import static org.bayes4j.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bayes4j ppc}: per element, total, per category and per column, on plug-in models and a shipped one. */
class PpcCommandTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static JsonNode ppc(ServiceLookup services, String... args) throws Exception {
        String[] all = new String[args.length + 9];
        all[0] = "ppc";
        System.arraycopy(args, 0, all, 1, args.length);
        System.arraycopy(new String[] {"--chains", "2", "--warmup", "200", "--draws", "200", "--json"}, 0, all, 1 + args.length, 7);
        all[all.length - 1] = "--seed";
        String[] withSeed = java.util.Arrays.copyOf(all, all.length + 1);
        withSeed[withSeed.length - 1] = "11";
        CommandLineTest.Run r = run(services, withSeed);
        assertEquals(0, r.exitCode(), r.err());
        return JSON.readTree(r.out());
    }

    static void assertOrdered(JsonNode stat) {
        double lo = stat.get("lower").asDouble(), mean = stat.get("mean").asDouble(), hi = stat.get("upper").asDouble();
        assertTrue(lo <= mean && mean <= hi, stat.toString());
        boolean inside = stat.get("observed").asDouble() >= lo && stat.get("observed").asDouble() <= hi;
        assertEquals(inside, stat.get("inside").asBoolean(), stat.toString());
    }

    @Test
    void countsPerElementAndTotalOnAWellSpecifiedModel() throws Exception {
        JsonNode root = ppc(PluginModels.services(), "plugin-poisson");
        assertEquals(List.of("model", "data", "chains", "draws", "seed", "prob", "variables", "warnings"), LooCommandTest.keys(root));
        assertEquals(0.9, root.get("prob").asDouble());
        JsonNode y = root.get("variables").get(0);
        assertEquals(List.of("name", "family", "shape", "coverage", "total", "categories", "column_dim", "columns", "elements"),
                LooCommandTest.keys(y));
        assertEquals("y", y.get("name").asText());
        assertEquals("poisson_log", y.get("family").asText());
        assertEquals("[24]", y.get("shape").toString());
        assertEquals(24, y.get("elements").size());
        assertEquals("y[0]", y.get("elements").get(0).get("label").asText());
        int[] observed = new PluginModels.PoissonSites().defaultData().ints("y");
        assertEquals(observed[5], y.get("elements").get(5).get("observed").asInt());
        assertEquals(java.util.Arrays.stream(observed).sum(), y.get("total").get("observed").asInt());
        assertTrue(y.get("total").get("inside").asBoolean(), "the total of data simulated from the model lies inside its interval");
        assertTrue(y.get("coverage").asDouble() >= 0.75, "90% intervals of a well-specified model cover most rows: " + y.get("coverage"));
        for (JsonNode e : y.get("elements")) assertOrdered(e);
        assertEquals(0, y.get("categories").size());
        assertTrue(y.get("column_dim").isNull());
    }

    /** The check catches a misfit: alternating 0 and 40 counts are far too dispersed for one Poisson rate. */
    @Test
    void overdispersedDataFallOutsideTheIntervals() throws Exception {
        StringBuilder csv = new StringBuilder("y,x,site\n");
        for (int i = 0; i < 24; i++) csv.append(i % 2 == 0 ? 0 : 40).append(",0.0,").append(i % 4).append('\n');
        Path data = dir.resolve("overdispersed.csv");
        Files.writeString(data, csv);
        JsonNode y = ppc(PluginModels.services(), "plugin-poisson", "--data", data.toString()).get("variables").get(0);
        assertTrue(y.get("coverage").asDouble() < 0.2, "coverage " + y.get("coverage"));
        assertEquals(false, y.get("elements").get(0).get("inside").asBoolean());
    }

    @Test
    void categoricalOutcomeIsSummarisedPerCategory() throws Exception {
        JsonNode y = ppc(PluginModels.services(), "plugin-categorical").get("variables").get(0);
        JsonNode categories = y.get("categories");
        assertEquals(3, categories.size());
        assertTrue(y.get("total").isNull(), "a sum of category labels means nothing");
        assertEquals("category 0", categories.get(0).get("label").asText());
        assertEquals(10, categories.get(0).get("observed").asInt());
        assertEquals(5, categories.get(2).get("observed").asInt());
        double sum = 0;
        for (JsonNode c : categories) {
            sum += c.get("mean").asDouble();
            assertTrue(c.get("inside").asBoolean(), c.toString());
        }
        assertEquals(20, sum, 1e-9, "every replicate has 20 rows");
    }

    @Test
    void matrixOutcomeIsSummarisedPerColumn() throws Exception {
        JsonNode n = ppc(PluginModels.services(), "plugin-multinomial").get("variables").get(0);
        assertEquals("[6,3]", n.get("shape").toString());
        assertEquals("category", n.get("column_dim").asText());
        JsonNode columns = n.get("columns");
        assertEquals(List.of(33, 17, 10), List.of(columns.get(0).get("observed").asInt(), columns.get(1).get("observed").asInt(),
                columns.get(2).get("observed").asInt()));
        assertEquals(60, n.get("total").get("observed").asInt());
        assertEquals(60, n.get("total").get("mean").asDouble(), 1e-9, "the trials are fixed, so every replicate totals 60");
        assertEquals(0, n.get("total").get("sd").asDouble(), 1e-12);
        assertEquals(18, n.get("elements").size());
        assertEquals("n[0, 0]", n.get("elements").get(0).get("label").asText());
    }

    @Test
    void shippedReedFrogsPerTank() throws Exception {
        CommandLineTest.Run text = run(ServiceLookup.fromServiceLoader(), "ppc", "reedfrogs", "--chains", "1", "--warmup", "200",
                "--draws", "200", "--seed", "5", "--prob", "0.8");
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("survived (binomial_logit, shape [48]): "), text.out());
        assertTrue(text.out().contains("observed       mean         sd        10%        90%"), text.out());
        assertTrue(text.out().contains("(first 20 of 48 elements; --max-elements shows more, --json lists all)"), text.out());
        JsonNode survived = ppc(ServiceLookup.fromServiceLoader(), "reedfrogs").get("variables").get(0);
        assertEquals(48, survived.get("elements").size());
        assertTrue(survived.get("coverage").asDouble() >= 0.8, survived.get("coverage").toString());
    }

    /** A failed chain: the check uses the complete chains, says so, and exits with 1. */
    @Test
    void failedChainIsLeftOutAndReported() throws Exception {
        ServiceLookup real = PluginModels.services();
        ServiceLookup failing = ServiceLookup.of(real.models(), List.of(new FitOutputTest.LastChainFails(real.sampler("nuts"), 40)),
                List.of(real.summarizer()));
        CommandLineTest.Run r = run(failing, "ppc", "plugin-poisson", "--chains", "3", "--warmup", "150", "--draws", "100",
                "--seed", "6", "--json");
        assertEquals(Bayes4j.EXIT_USER_ERROR, r.exitCode(), r.err());
        JsonNode root = JSON.readTree(r.out());
        assertEquals(2, root.get("chains").asInt());
        assertEquals(100, root.get("draws").asInt());
        assertEquals("chain 3 stopped after 40 draws: log density is NaN (test); the check uses 2 chain(s) x 100 draws",
                root.get("warnings").get(0).asText());
        assertEquals("bayes4j: at least one chain failed\n", r.err());
    }

    @Test
    void badProbabilityIsAUserError() {
        CommandLineTest.Run r = run(PluginModels.services(), "ppc", "plugin-poisson", "--prob", "1.5", "--seed", "1");
        assertEquals(Bayes4j.EXIT_USER_ERROR, r.exitCode());
        assertEquals("bayes4j: --prob is 1.5, but must lie in (0, 1)\n", r.err());
    }

    @Test
    void intervalsOfCountsHaveCountsAsBounds() throws Exception {
        JsonNode y = ppc(PluginModels.services(), "plugin-poisson").get("variables").get(0);
        for (JsonNode e : y.get("elements")) {
            assertEquals(Math.rint(e.get("lower").asDouble()), e.get("lower").asDouble(), e.toString());
            assertEquals(Math.rint(e.get("upper").asDouble()), e.get("upper").asDouble(), e.toString());
        }
    }

    @Test
    void typeOneQuantilesInvertTheEmpiricalDistribution() {
        double[] sorted = {1, 2, 3, 4};
        assertEquals(1, PredictiveCheck.inverseCdf(sorted, 0.05));
        assertEquals(1, PredictiveCheck.inverseCdf(sorted, 0.25), "F(1) = 0.25 exactly reaches p");
        assertEquals(2, PredictiveCheck.inverseCdf(sorted, 0.26));
        assertEquals(4, PredictiveCheck.inverseCdf(sorted, 0.95));
        assertEquals(4, PredictiveCheck.inverseCdf(sorted, 1.0));
        assertEquals(1, PredictiveCheck.inverseCdf(sorted, 0.0));
    }

    @Test
    void typeSevenQuantiles() {
        double[] sorted = {1, 2, 3, 4};
        assertEquals(2.5, PredictiveCheck.quantile(sorted, 0.5), 1e-12);
        assertEquals(1.15, PredictiveCheck.quantile(sorted, 0.05), 1e-12);
        assertEquals(4, PredictiveCheck.quantile(sorted, 1.0), 1e-12);
        assertEquals(1, PredictiveCheck.quantile(sorted, 0.0), 1e-12);
    }
}
