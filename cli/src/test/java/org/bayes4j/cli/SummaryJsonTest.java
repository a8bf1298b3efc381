package org.bayes4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bayes4j.spi.diagnostic.Summary;
import org.bayes4j.spi.diagnostic.SummaryOptions;
import org.bayes4j.spi.draws.Draws;
import org.junit.jupiter.api.Test;

class SummaryJsonTest {

    static List<String> keys(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void schemaIsExactlyTheDocumentedOne() throws Exception {
        Draws draws = TestDraws.make(1, 2, 0, 20, 8);
        Summary summary = new Fakes.MomentSummarizer().summarize(draws, new SummaryOptions(0.94, List.of()));
        JsonNode root = new ObjectMapper().readTree(SummaryJson.render(summary, draws));
        assertEquals(List.of("chains", "draws", "divergences", "variables", "warnings", "elapsed", "gradient_evaluations"), keys(root));
        assertEquals(2, root.get("chains").asInt());
        assertEquals(8, root.get("draws").asInt());
        assertEquals(draws.divergences(), root.get("divergences").asLong());
        assertEquals(2001, root.get("gradient_evaluations").asLong());
        JsonNode vars = root.get("variables");
        assertEquals(draws.names().size(), vars.size());
        for (int k = 0; k < vars.size(); k++) {
            JsonNode v = vars.get(k);
            assertEquals(List.of("name", "mean", "sd", "hdi_3%", "hdi_97%", "mcse_mean", "mcse_sd", "ess_bulk", "ess_tail", "r_hat"), keys(v));
            assertEquals(draws.names().get(k), v.get("name").asText(), "row names come from Draws.names()");
            assertTrue(v.get("hdi_3%").isNull(), "NaN becomes null");
            assertEquals(400.0, v.get("ess_bulk").asDouble());
        }
        assertEquals("beta[1, 2]", vars.get(vars.size() - 1).get("name").asText());
        assertEquals(List.of("name", "mean"), keys(vars.get(0)).subList(0, 2));
        JsonNode warnings = root.get("warnings");
        assertTrue(warnings.get(0).asText().startsWith("chain 2 stopped after 8 draws: log density is NaN"), warnings.toString());
        assertEquals(List.of("warmup_seconds", "sampling_seconds"), keys(root.get("elapsed")));
        assertEquals(1.25, root.get("elapsed").get("warmup_seconds").get(1).asDouble());
        assertEquals(2.125, root.get("elapsed").get("sampling_seconds").get(1).asDouble());
    }
}
