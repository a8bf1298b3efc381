package org.bayes4j.cli;

import static org.bayes4j.cli.CommandLineTest.assertNoStackTrace;
import static org.bayes4j.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bayes4j compare} with the installed LOO provider and model comparer. */
class CompareCommandTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    Path good;
    Path shifted;
    Path shorter;

    /**
     * Two models of the same 40 observations: the right posterior of the mean,
     * and one shifted by 1.5 (two-thirds of the data's spread away), which
     * loses about n * 1.5^2 / 2 = 45 nats of elpd, some 20 of its SEs.
     */
    @BeforeEach
    void files() throws Exception {
        double[] y = LogLikelihoodFiles.data(40, 21);
        good = LogLikelihoodFiles.write(dir.resolve("good.csv"), LogLikelihoodFiles.normalMean(y, 1000, 0, 22), LogLikelihoodFiles.chains(4, 250));
        shifted = LogLikelihoodFiles.write(dir.resolve("shifted.csv"), LogLikelihoodFiles.normalMean(y, 1000, 1.5, 23), null);
        shorter = LogLikelihoodFiles.write(dir.resolve("short.csv"),
                LogLikelihoodFiles.normalMean(LogLikelihoodFiles.data(39, 24), 1000, 0, 25), null);
    }

    @Test
    void bestModelFirstWithDifferencesAndWeights() throws Exception {
        CommandLineTest.Run r = run(ServiceLookup.fromServiceLoader(), "compare", "--json", "off=" + shifted, "right=" + good);
        assertEquals(0, r.exitCode(), r.err());
        JsonNode models = JSON.readTree(r.out()).get("models");
        assertEquals(2, models.size());
        assertEquals(List.of("name", "elpd_loo", "elpd_diff", "se_diff", "p_loo", "weight_stacking", "weight_pseudobma"),
                LooCommandTest.keys(models.get(0)));
        JsonNode best = models.get(0);
        JsonNode other = models.get(1);
        assertEquals("right", best.get("name").asText());
        assertEquals("off", other.get("name").asText());
        assertEquals(0.0, best.get("elpd_diff").asDouble());
        assertEquals(0.0, best.get("se_diff").asDouble());
        double diff = other.get("elpd_diff").asDouble();
        assertEquals(other.get("elpd_loo").asDouble() - best.get("elpd_loo").asDouble(), diff, 1e-9);
        assertTrue(diff < -20 && diff > -80, "elpd_diff " + diff);
        assertTrue(other.get("se_diff").asDouble() > 0);
        for (String w : List.of("weight_stacking", "weight_pseudobma")) {
            double sum = best.get(w).asDouble() + other.get(w).asDouble();
            assertEquals(1.0, sum, 1e-6, w + " sums to one");
            assertTrue(best.get(w).asDouble() > 0.99, w + " of the right model: " + best.get(w));
        }
        // each model's elpd_loo is what `loo` reports for its file
        JsonNode alone = JSON.readTree(run(ServiceLookup.fromServiceLoader(), "loo", "--json", good.toString()).out());
        assertEquals(alone.get("elpd_loo").asDouble(), best.get("elpd_loo").asDouble(), 0.0);
        assertEquals(alone.get("p_loo").asDouble(), best.get("p_loo").asDouble(), 0.0);
    }

    @Test
    void textTableHasTheArviZColumns() {
        CommandLineTest.Run r = run(ServiceLookup.fromServiceLoader(), "compare", "a=" + good, "b=" + shifted);
        assertEquals(0, r.exitCode(), r.err());
        String[] lines = r.out().split("\n");
        assertTrue(lines[0].matches("rank\\s+name\\s+elpd_loo\\s+p_loo\\s+elpd_diff\\s+se_diff\\s+weight_stacking\\s+weight_pseudobma"), lines[0]);
        assertTrue(lines[1].matches("\\s*0\\s+a\\s+-?\\d+\\.\\d\\d\\s+\\d+\\.\\d\\d\\s+0\\.00\\s+0\\.00\\s+1\\.000\\s+1\\.000"), lines[1]);
        assertTrue(lines[2].matches("\\s*1\\s+b\\s+.*"), lines[2]);
        assertTrue(r.out().contains("No warnings."), r.out());
    }

    @Test
    void badNameFileSyntaxIsAUsageError() {
        CommandLineTest.Run r = run(ServiceLookup.fromServiceLoader(), "compare", "a=" + good, good.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith("bayes4j: '" + good + "' is not NAME=FILE (for example: pooled=pooled_loglik.csv)\n"), r.err());
        assertNoStackTrace(r);
        CommandLineTest.Run empty = run(ServiceLookup.fromServiceLoader(), "compare", "a=" + good, "b=");
        assertEquals(2, empty.exitCode());
        assertTrue(empty.err().startsWith("bayes4j: 'b=' is not NAME=FILE"), empty.err());
        CommandLineTest.Run one = run(ServiceLookup.fromServiceLoader(), "compare", "a=" + good);
        assertEquals(2, one.exitCode());
        assertNoStackTrace(one);
    }

    @Test
    void duplicateNamesAreAUsageError() {
        CommandLineTest.Run r = run(ServiceLookup.fromServiceLoader(), "compare", "m=" + good, "m=" + shifted);
        assertEquals(2, r.exitCode());
        assertTrue(r.err().startsWith("bayes4j: model name 'm' is given twice; each model needs its own name\n"), r.err());
        assertNoStackTrace(r);
    }

    @Test
    void differentObservationCountsNameBothFiles() {
        CommandLineTest.Run r = run(ServiceLookup.fromServiceLoader(), "compare", "a=" + good, "b=" + shorter);
        assertEquals(1, r.exitCode());
        assertEquals("bayes4j: models 'a' (" + good + ") and 'b' (" + shorter + ") have 40 and 39 observations;"
                + " models can only be compared on the same observations\n", r.err());
    }

    @Test
    void malformedFileIsReportedByName() throws Exception {
        Path bad = dir.resolve("bad.csv");
        java.nio.file.Files.writeString(bad, "a,b\n-1,-2\n-1,x\n");
        CommandLineTest.Run r = run(ServiceLookup.fromServiceLoader(), "compare", "a=" + good, "b=" + bad);
        assertEquals(1, r.exitCode());
        assertEquals("bayes4j: " + bad + ":3, column 'b': 'x' is not a number\n", r.err());
    }
}
