package org.bayes4j.cli;

import static org.bayes4j.cli.CommandLineTest.assertNoStackTrace;
import static org.bayes4j.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bayes4j.spi.diagnostic.Summarizer;
import org.bayes4j.spi.diagnostic.Summary;
import org.bayes4j.spi.diagnostic.SummaryOptions;
import org.bayes4j.spi.diagnostic.SummaryRow;
import org.bayes4j.spi.draws.Draws;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --quantiles}: extra columns in request order, in the table and the JSON, for {@code summary} and {@code fit}. */
class SummaryQuantilesTest {

    @TempDir
    Path dir;

    /**
     * Reports quantile p as {@code 1000 p}, keyed by the label a summarizer
     * computing {@code p * 100} in binary would write ({@code 7.000000000000001%}).
     */
    static final class LabelledQuantiles implements Summarizer {
        @Override public Summary summarize(Draws draws, SummaryOptions options) {
            List<SummaryRow> rows = new ArrayList<>();
            for (int k = 0; k < draws.numQuantities(); k++) {
                Map<String, Double> q = new LinkedHashMap<>();
                for (double p : options.quantiles()) q.put(new java.math.BigDecimal(p * 100).stripTrailingZeros().toPlainString() + "%", 1000 * p);
                rows.add(new SummaryRow("v" + k, 1, 1, 0, 2, 0.1, 0.1, 400, 400, 1.0, q));
            }
            return new Summary(options, draws.numChains(), draws.numDraws(), rows, 0, 0, List.of(), List.of());
        }
    }

    static ServiceLookup services(Summarizer summarizer) {
        return ServiceLookup.of(List.of(new Fakes.CoinModel("reedfrogs")), List.of(new Fakes.FakeSampler(-1, null)), List.of(summarizer), Fakes::compile);
    }

    @Test
    void fitAndSummaryShowRequestedQuantilesInOrder() throws Exception {
        Path out = dir.resolve("out");
        CommandLineTest.Run fit = run(services(new LabelledQuantiles()), "fit", "reedfrogs", "--chains", "2", "--draws", "20", "--seed", "3",
                "--output", out.toString(), "--quantiles", "0.95,0.07,0.5");
        assertEquals(0, fit.exitCode(), fit.err());
        String header = fit.out().lines().filter(l -> l.contains("r_hat")).findFirst().orElseThrow();
        assertTrue(header.matches(".*r_hat\\s+95%\\s+7%\\s+50%$"), header);
        String mu = fit.out().lines().filter(l -> l.startsWith("mu ")).findFirst().orElseThrow();
        assertTrue(mu.matches(".*\\s950\\.000\\s+70\\.000\\s+500\\.000$"), mu);

        List<String> files;
        try (Stream<Path> s = Files.list(out)) {
            files = s.sorted().map(Path::toString).toList();
        }
        List<String> args = new ArrayList<>(List.of("summary", "--json", "--quantiles", "0.05,0.5"));
        args.addAll(files);
        CommandLineTest.Run sum = run(services(new LabelledQuantiles()), args.toArray(String[]::new));
        assertEquals(0, sum.exitCode(), sum.err());
        JsonNode v = new ObjectMapper().readTree(sum.out()).get("variables").get(0);
        List<String> keys = LooCommandTest.keys(v);
        assertEquals(List.of("r_hat", "5%", "50%"), keys.subList(keys.size() - 3, keys.size()));
        assertEquals(50.0, v.get("5%").asDouble());
        assertEquals(500.0, v.get("50%").asDouble());
    }

    /** With the installed summarizer: the 50% column is the median, within the draws' range. */
    @Test
    void installedSummarizerFillsTheColumns() throws Exception {
        List<Summarizer> installed = new ArrayList<>();
        ServiceLoader.load(Summarizer.class).forEach(installed::add);
        CommandLineTest.Run fit = run(services(installed.get(0)), "fit", "reedfrogs", "--chains", "2", "--draws", "50", "--seed", "8",
                "--json", "--quantiles", "0.05,0.5,0.95");
        JsonNode v = new ObjectMapper().readTree(fit.out()).get("variables").get(0);
        assertTrue(v.get("5%").isNumber() && v.get("50%").isNumber() && v.get("95%").isNumber(), v.toString());
        assertTrue(v.get("5%").asDouble() <= v.get("50%").asDouble() && v.get("50%").asDouble() <= v.get("95%").asDouble(), v.toString());
    }

    @Test
    void noQuantilesMeansNoExtraColumns() {
        CommandLineTest.Run fit = run(services(new LabelledQuantiles()), "fit", "reedfrogs", "--chains", "1", "--draws", "5", "--seed", "3");
        String header = fit.out().lines().filter(l -> l.contains("r_hat")).findFirst().orElseThrow();
        assertTrue(header.endsWith("r_hat"), header);
    }

    @Test
    void quantileOutsideTheUnitIntervalIsAUserError() {
        CommandLineTest.Run r = run(services(new LabelledQuantiles()), "summary", "--quantiles", "0.5,1.5", dir.resolve("x.csv").toString());
        assertEquals(1, r.exitCode());
        assertEquals("bayes4j: quantile 1.5 must be in (0, 1)\n", r.err());
        assertNoStackTrace(r);
        CommandLineTest.Run word = run(services(new LabelledQuantiles()), "summary", "--quantiles", "half", dir.resolve("x.csv").toString());
        assertEquals(2, word.exitCode());
    }
}
