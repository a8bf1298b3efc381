package org.bayes4j.cli;

import static org.bayes4j.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bayes4j.spi.diagnostic.LooProvider;
import org.bayes4j.spi.diagnostic.LooResult;
import org.bayes4j.spi.diagnostic.PsisResult;
import org.bayes4j.spi.diagnostic.WaicResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bayes4j loo} with the installed PSIS-LOO provider (bayes4j-diagnostics, runtime scope). */
class LooCommandTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static ServiceLookup installed() { return ServiceLookup.fromServiceLoader(); }

    /**
     * A normal-mean model whose exact LOO elpd is known in closed form. Over
     * 300 replicates of this design (n = 40, S = 4000 independent draws) the
     * importance-sampling error of elpd_loo had SD 0.022; the tolerance 0.15
     * is 6.8 SDs, so over random seeds the false-failure probability would be
     * below 1e-10 (the seed here is fixed, so the test is deterministic).
     * p_loo of a one-parameter model is near 1.
     */
    @Test
    void normalMeanModelGivesTheExactElpdWithinMonteCarloError() throws Exception {
        double[] y = LogLikelihoodFiles.data(40, 11);
        Path file = LogLikelihoodFiles.write(dir.resolve("ll.csv"), LogLikelihoodFiles.normalMean(y, 4000, 0, 12),
                LogLikelihoodFiles.chains(4, 1000));
        CommandLineTest.Run r = run(installed(), "loo", "--json", file.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode root = JSON.readTree(r.out());
        assertEquals(List.of("elpd_loo", "se_elpd_loo", "p_loo", "se_p_loo", "looic", "se_looic", "pareto_k", "elpd_loo_pointwise",
                "waic", "k_threshold", "warnings"), keys(root));
        assertEquals(List.of("elpd_waic", "p_waic", "waic", "se_elpd_waic"), keys(root.get("waic")));
        assertEquals(40, root.get("pareto_k").size());
        assertEquals(40, root.get("elpd_loo_pointwise").size());
        double exact = LogLikelihoodFiles.exactElpdLoo(y);
        assertEquals(exact, root.get("elpd_loo").asDouble(), 0.15);
        double pLoo = root.get("p_loo").asDouble();
        assertTrue(pLoo > 0.5 && pLoo < 1.5, "p_loo " + pLoo);
        assertEquals(-2 * root.get("elpd_loo").asDouble(), root.get("looic").asDouble(), 1e-9);
        assertEquals(2 * root.get("se_elpd_loo").asDouble(), root.get("se_looic").asDouble(), 1e-9);
        double sum = 0;
        for (JsonNode v : root.get("elpd_loo_pointwise")) sum += v.asDouble();
        assertEquals(root.get("elpd_loo").asDouble(), sum, 1e-9);
        assertEquals(Math.min(1 - 1 / Math.log10(4000), 0.7), root.get("k_threshold").asDouble(), 1e-12);
        assertEquals(0, root.get("warnings").size(), root.get("warnings").toString());
    }

    @Test
    void textShowsTheEstimatesTheParetoTableAndTheThreshold() throws Exception {
        double[] y = LogLikelihoodFiles.data(30, 5);
        Path file = LogLikelihoodFiles.write(dir.resolve("ll.csv"), LogLikelihoodFiles.normalMean(y, 1000, 0, 6), null);
        CommandLineTest.Run r = run(installed(), "loo", file.toString());
        assertEquals(0, r.exitCode(), r.err());
        String out = r.out();
        assertTrue(out.startsWith("Computed from 1000 by 30 log-likelihood matrix (" + file + ")\n"), out);
        assertTrue(out.contains("no 'chain' column: r_eff = 1"), out);
        assertTrue(out.matches("(?s).*\\n\\s+Estimate\\s+SE\\n.*"), out);
        assertTrue(out.matches("(?s).*\\nelpd_loo\\s+-?\\d+\\.\\d\\s+\\d+\\.\\d\\n.*"), out);
        assertTrue(out.matches("(?s).*\\np_loo\\s+-?\\d+\\.\\d\\s+\\d+\\.\\d\\n.*"), out);
        assertTrue(out.matches("(?s).*\\nlooic\\s+\\d+\\.\\d\\s+\\d+\\.\\d\\n.*"), out);
        assertTrue(out.contains("Pareto k diagnostic values:"), out);
        assertTrue(out.matches("(?s).*\\(-Inf, 0\\.5\\]\\s+\\(good\\)\\s+30\\s+100\\.0%.*"), out);
        assertTrue(out.matches("(?s).*\\(1, Inf\\)\\s+\\(very bad\\)\\s+0\\s+0\\.0%\\s+NA.*"), out);
        assertTrue(out.contains("With S = 1000 draws the k threshold is min(1 - 1/log10(S), 0.7) = 0.67."), out);
        assertTrue(out.contains("All Pareto k estimates are below 0.67; no warnings."), out);
    }

    /** One observation far in the tail makes its importance ratios heavy-tailed: the warning names its column. */
    @Test
    void highParetoKIsWarnedInPlainWordsNamingTheColumn() throws Exception {
        double[] y = LogLikelihoodFiles.data(20, 3);
        y[7] = 40;
        double[][] ll = LogLikelihoodFiles.normalMean(y, 1000, 0, 4);
        Path file = LogLikelihoodFiles.write(dir.resolve("ll.csv"), ll, null);
        CommandLineTest.Run r = run(installed(), "loo", "--json", file.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode root = JSON.readTree(r.out());
        assertTrue(root.get("pareto_k").get(7).asDouble() > 0.7, root.get("pareto_k").toString());
        String warnings = root.get("warnings").toString();
        assertTrue(warnings.contains("by column: y7"), warnings);
        CommandLineTest.Run text = run(installed(), "loo", file.toString());
        assertTrue(text.out().contains("Warnings:\n  - "), text.out());
    }

    /**
     * Agreement with the R package loo 2.5.1 on the fixture, r_eff from the
     * chains: elpd_loo, p_loo, looic and every Pareto k to 1e-6 relative.
     */
    @Test
    void agreesWithLooOnTheNormalMeanFixture() throws Exception {
        JsonNode fixture = fixture();
        Path file = fixtureCsv(fixture);
        CommandLineTest.Run r = run(installed(), "loo", "--json", file.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertAgreesWithLoo(fixture.get("expected").get("loo_with_r_eff"), JSON.readTree(r.out()));
    }

    /**
     * The agreement check can fail: a provider that ignores the chains (r_eff = 1)
     * differs from loo's r_eff result by about 2e-5 relative in elpd_loo, and
     * the check catches it.
     */
    @Test
    void agreementCheckCatchesAProviderThatIgnoresTheChains() throws Exception {
        JsonNode fixture = fixture();
        Path file = fixtureCsv(fixture);
        LooProvider real = installed().looProvider();
        LooProvider ignoresChains = new LooProvider() {
            @Override public LooResult loo(double[][] logLik, int[] chainId) {
                double[] ones = new double[logLik[0].length];
                java.util.Arrays.fill(ones, 1);
                return real.loo(logLik, ones);
            }
            @Override public LooResult loo(double[][] logLik, double[] rEff) { return real.loo(logLik, rEff); }
            @Override public WaicResult waic(double[][] logLik) { return real.waic(logLik); }
            @Override public PsisResult psis(double[] logRatios, double rEff) { return real.psis(logRatios, rEff); }
        };
        ServiceLookup broken = installed().withLoo(List.of(ignoresChains), List.of());
        CommandLineTest.Run r = run(broken, "loo", "--json", file.toString());
        assertEquals(0, r.exitCode(), r.err());
        JsonNode out = JSON.readTree(r.out());
        assertThrows(AssertionError.class, () -> assertAgreesWithLoo(fixture.get("expected").get("loo_with_r_eff"), out));
        // ... and that provider does agree with loo's r_eff = NA result, so it is the chains that were missed
        assertAgreesWithLoo(fixture.get("expected").get("loo_r_eff_NA"), out);
    }

    @Test
    void noLooProviderInstalledIsExplained() throws Exception {
        Path file = LogLikelihoodFiles.write(dir.resolve("ll.csv"), new double[][] {{-1, -2}, {-1.5, -2.5}}, null);
        CommandLineTest.Run r = run(installed().withLoo(List.of(), List.of()), "loo", file.toString());
        assertEquals(1, r.exitCode());
        assertEquals("bayes4j: no LooProvider installed: put the bayes4j-diagnostics module on the module path\n", r.err());
    }

    static void assertAgreesWithLoo(JsonNode expected, JsonNode actual) {
        for (String key : List.of("elpd_loo", "p_loo", "looic", "se_elpd_loo", "se_p_loo", "se_looic")) {
            assertRelative(expected.get(key).asDouble(), actual.get(key).asDouble(), key);
        }
        JsonNode k = expected.get("pareto_k");
        assertEquals(k.size(), actual.get("pareto_k").size());
        for (int i = 0; i < k.size(); i++) {
            assertRelative(k.get(i).asDouble(), actual.get("pareto_k").get(i).asDouble(), "pareto_k[" + i + "]");
            assertRelative(expected.get("pointwise_elpd_loo").get(i).asDouble(), actual.get("elpd_loo_pointwise").get(i).asDouble(),
                    "elpd_loo_pointwise[" + i + "]");
        }
    }

    private static void assertRelative(double expected, double actual, String what) {
        double tol = 1e-6 * Math.abs(expected) + 1e-12;
        if (!(Math.abs(expected - actual) <= tol)) {
            throw new AssertionError(what + ": expected " + expected + " but was " + actual + " (relative tolerance 1e-6)");
        }
    }

    static JsonNode fixture() throws Exception {
        try (InputStream in = LooCommandTest.class.getResourceAsStream("/fixtures/loo/00_normal_mean_n30.json")) {
            return JSON.readTree(in);
        }
    }

    /** The fixture's log_lik with its chain_id column, as the command reads it. */
    Path fixtureCsv(JsonNode fixture) throws Exception {
        JsonNode ll = fixture.get("log_lik");
        double[][] logLik = new double[ll.size()][];
        int[] chain = new int[ll.size()];
        for (int s = 0; s < ll.size(); s++) {
            logLik[s] = new double[ll.get(s).size()];
            for (int i = 0; i < logLik[s].length; i++) logLik[s][i] = ll.get(s).get(i).asDouble();
            chain[s] = fixture.get("chain_id").get(s).asInt();
        }
        return LogLikelihoodFiles.write(dir.resolve("fixture.csv"), logLik, chain);
    }

    static List<String> keys(JsonNode node) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) out.add(it.next());
        return out;
    }
}
