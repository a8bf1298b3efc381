package org.bayes4j.validation.uniformity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The adjusted gamma of the simultaneous 95% ECDF band, computed by
 * {@link EcdfBand}'s exact recursion and bisection, agrees with the reference
 * values of {@code fixtures/sbc/ecdf_band_gamma.json} (to 1e-5, as the fixture
 * states), and so do the band at {@code z = 1/2} and the binomial coverage
 * acceptance ranges of {@link CoverageTolerance}.
 */
class EcdfBandMatchesFixtureTest {

    private static final String FIXTURE = "fixtures/sbc/ecdf_band_gamma.json";

    private static JsonNode fixture() throws IOException {
        try (InputStream in = EcdfBandMatchesFixtureTest.class.getClassLoader().getResourceAsStream(FIXTURE)) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void adjustedGammaAndBandAtHalfMatchTheReference() throws IOException {
        JsonNode f = fixture();
        double alpha = f.get("alpha").asDouble();
        assertEquals(4, f.get("cases").size());
        for (JsonNode c : f.get("cases")) {
            int n = c.get("N").asInt();
            int k = c.get("K").asInt();
            EcdfBand band = new EcdfBand(n, k);
            double gamma = band.adjustedGamma(alpha);
            assertEquals(c.get("gamma").asDouble(), gamma, 1e-5, "gamma for N=" + n + ", K=" + k);
            int half = k / 2;
            assertEquals(0.5, band.z(half), 0.0);
            assertEquals(c.get("band_at_half").get(0).asDouble(), (double) band.lower(half, gamma) / n, 1e-9, "lower at 1/2, N=" + n);
            assertEquals(c.get("band_at_half").get(1).asDouble(), (double) band.upper(half, gamma) / n, 1e-9, "upper at 1/2, N=" + n);
            // the adjusted level is the largest that still covers: a hair more loses coverage
            assertTrue(band.coverage(gamma) >= 1 - alpha && band.coverage(gamma * (1 + 1e-6)) < 1 - alpha, "N=" + n);
        }
    }

    @Test
    void coverageAcceptanceRangesMatchTheReference() throws IOException {
        JsonNode ranges = fixture().get("coverage_acceptance_99pct_R200");
        Iterator<Map.Entry<String, JsonNode>> it = ranges.fields();
        int checked = 0;
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equals("description")) continue;
            int[] expected = {e.getValue().get(0).asInt(), e.getValue().get(1).asInt()};
            assertArrayEquals(expected, CoverageTolerance.acceptance(200, Double.parseDouble(e.getKey()), 0.01), "level " + e.getKey());
            checked++;
        }
        assertEquals(4, checked);
    }

    /** The copy in the test resources is byte-identical to the shared fixture (skipped when that folder is absent). */
    @Test
    void fixtureCopyIsIdentical() throws IOException {
        Path shared = null;
        for (Path dir = Path.of("").toAbsolutePath(); dir != null && shared == null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve(FIXTURE);
            if (Files.isRegularFile(candidate)) shared = candidate;
        }
        Assumptions.assumeTrue(shared != null, "skipped: shared/" + FIXTURE + " is absent");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(FIXTURE)) {
            assertArrayEquals(Files.readAllBytes(shared), in.readAllBytes());
        }
    }
}
