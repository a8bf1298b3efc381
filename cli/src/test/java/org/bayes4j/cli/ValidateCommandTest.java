package org.bayes4j.cli;

import static org.bayes4j.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bayes4j validate}: a tiny run through the installed ValidationProvider writes its report, plots and summary. */
class ValidateCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesTheReportAndPlotsAndPrintsTheSummary() throws Exception {
        CommandLineTest.Run r = run(ServiceLookup.fromServiceLoader(), "validate", "eight-schools-noncentered", "--replicates", "4",
                "--chains", "1", "--warmup", "60", "--draws", "60", "--output", dir.toString(), "--json");
        assertTrue(r.exitCode() == 0 || r.exitCode() == 1, r.err());
        JsonNode model = new ObjectMapper().readTree(r.out()).get("models").get(0);
        assertEquals("eight-schools-noncentered", model.get("model").asText());
        assertEquals(4, model.get("replicates").asInt());
        assertEquals(11, model.get("quantities").size(), "mu, tau, 8 eta, log_lik");
        for (String f : new String[] {".json", "-ranks.svg", "-ecdf.svg", "-zscore-contraction.svg"}) {
            assertTrue(Files.size(dir.resolve("eight-schools-noncentered" + f)) > 0, f);
        }
        JsonNode report = new ObjectMapper().readTree(dir.resolve("eight-schools-noncentered.json").toFile());
        JsonNode tau = report.get("quantities").get(1);
        assertEquals("tau", tau.get("name").asText());
        assertEquals(4, tau.get("ranks").size());
        assertTrue(tau.has("chi_square_p") && tau.has("ecdf_outside_band_95") && tau.has("coverage_50") && tau.has("coverage_90"));

        CommandLineTest.Run table = run(ServiceLookup.fromServiceLoader(), "validate", "eight-schools-noncentered", "--replicates", "4",
                "--chains", "1", "--warmup", "60", "--draws", "60", "--output", dir.toString());
        assertTrue(table.out().startsWith("model "), table.out());
        assertTrue(table.out().contains("eight-schools-noncentered") && table.err().contains("4/4 replicates (cached)"), table.err());
    }

    @Test
    void targetAcceptanceReachesTheReportAndIsCachedApart() throws Exception {
        String[] common = {"validate", "eight-schools-noncentered", "--replicates", "2", "--chains", "1", "--warmup", "60", "--draws", "60",
                "--output", dir.toString()};
        run(ServiceLookup.fromServiceLoader(), common);
        String[] raised = java.util.Arrays.copyOf(common, common.length + 2);
        raised[common.length] = "--target-accept";
        raised[common.length + 1] = "0.95";
        CommandLineTest.Run r = run(ServiceLookup.fromServiceLoader(), raised);
        assertFalse(r.err().contains("(cached)"), "replicates at another target acceptance must be refitted: " + r.err());
        JsonNode report = new ObjectMapper().readTree(dir.resolve("eight-schools-noncentered.json").toFile());
        assertEquals(0.95, report.get("settings").get("target_accept").asDouble());

        String[] bad = java.util.Arrays.copyOf(raised, raised.length);
        bad[bad.length - 1] = "1.0";
        CommandLineTest.Run refused = run(ServiceLookup.fromServiceLoader(), bad);
        assertTrue(refused.exitCode() != 0 && refused.err().contains("target acceptance is 1.0, but must be in (0, 1)"), refused.err());
    }

    @Test
    void modelAndAllAreExclusive() {
        CommandLineTest.Run r = run(ServiceLookup.fromServiceLoader(), "validate", "reedfrogs", "--all");
        assertEquals(Bayes4j.EXIT_USAGE, r.exitCode());
        assertTrue(r.err().contains("either a MODEL or --all"), r.err());
    }
}
