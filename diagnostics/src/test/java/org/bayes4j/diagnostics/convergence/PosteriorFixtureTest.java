package org.bayes4j.diagnostics.convergence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.BiFunction;
import java.util.function.ToDoubleFunction;

import com.fasterxml.jackson.databind.JsonNode;
import org.bayes4j.spi.diagnostic.DiagnosticProvider;
import org.junit.jupiter.api.Test;

/**
 * Every file in {@code fixtures/diagnostics/} against the R package posterior 1.4.0:
 * each key of {@code expected} is recomputed (scalars through the
 * {@code ServiceLoader}-registered providers, vectors through the classes) and
 * compared to 1e-6 relative; {@code null} (NA) must come out as NaN.
 */
class PosteriorFixtureTest {

    static final double RELATIVE = 1e-6;

    /** Scalar keys and the provider name computing them. */
    static final Map<String, String> SCALARS = Map.ofEntries(
            Map.entry("rhat", "rhat"), Map.entry("rhat_bulk", "rhat_bulk"), Map.entry("rhat_tail", "rhat_tail"),
            Map.entry("rhat_basic", "rhat_basic"), Map.entry("split_rhat_classic", "rhat_basic"),
            Map.entry("rhat_basic_nosplit", "rhat_basic_nosplit"), Map.entry("ess_bulk", "ess_bulk"),
            Map.entry("ess_tail", "ess_tail"), Map.entry("ess_basic", "ess_basic"),
            Map.entry("ess_basic_nosplit", "ess_basic_nosplit"), Map.entry("ess_mean", "ess_mean"),
            Map.entry("ess_sd", "ess_sd"), Map.entry("ess_median", "ess_median"), Map.entry("mcse_mean", "mcse_mean"),
            Map.entry("mcse_sd", "mcse_sd"), Map.entry("mcse_median", "mcse_median"), Map.entry("mean", "mean"),
            Map.entry("sd", "sd"), Map.entry("median", "median"));

    /** Vector keys: key -> (draws, prob) function. */
    static final Map<String, BiFunction<double[][], Double, Double>> VECTORS = Map.of(
            "ess_quantile", EffectiveSampleSize::quantile,
            "mcse_quantile", MonteCarloStandardError::quantile,
            "quantile2", Quantiles::quantile);

    static Map<String, DiagnosticProvider> providers() {
        Map<String, DiagnosticProvider> byName = new HashMap<>();
        for (DiagnosticProvider p : ServiceLoader.load(DiagnosticProvider.class)) byName.put(p.name(), p);
        return byName;
    }

    @Test
    void everyFixtureMatchesPosterior() {
        Map<String, DiagnosticProvider> providers = providers();
        Map<String, ToDoubleFunction<double[][]>> scalars = new HashMap<>();
        for (var e : SCALARS.entrySet()) {
            DiagnosticProvider p = providers.get(e.getValue());
            assertTrue(p != null, "no DiagnosticProvider named " + e.getValue() + " via ServiceLoader");
            scalars.put(e.getKey(), p::evaluate);
        }
        Comparison c = compare(scalars, VECTORS, true);
        System.out.println("posterior fixtures: " + c.compared + " values compared, worst relative error " + c.worst + " at " + c.worstWhere);
        assertEquals(List.of(), c.failures);
    }

    /** Outcome of comparing some keys over all fixture files. */
    record Comparison(List<String> failures, int compared, double worst, String worstWhere) {}

    /**
     * Compares the given scalar and vector keys in every fixture file; with {@code requireAllKeys}
     * a key of {@code expected} that has no function is itself a failure.
     */
    static Comparison compare(Map<String, ToDoubleFunction<double[][]>> scalars,
                              Map<String, BiFunction<double[][], Double, Double>> vectors, boolean requireAllKeys) {
        List<String> failures = new ArrayList<>();
        double worst = 0;
        String worstWhere = "";
        int compared = 0;
        List<Path> files = FixtureCases.files("diagnostics");
        assertFalse(files.isEmpty(), "no fixtures found");
        for (Path file : files) {
            JsonNode root = FixtureCases.read(file);
            double[][] draws = FixtureCases.matrix(root.get("draws"));
            JsonNode expected = root.get("expected");
            for (var it = expected.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (key.endsWith("_probs")) continue;
                double[] want;
                double[] got;
                if (scalars.containsKey(key)) {
                    want = new double[] {FixtureCases.number(expected.get(key))};
                    got = new double[] {scalars.get(key).applyAsDouble(draws)};
                } else if (vectors.containsKey(key)) {
                    double[] probs = FixtureCases.vector(expected.get(key + "_probs"));
                    want = FixtureCases.vector(expected.get(key));
                    got = new double[probs.length];
                    for (int i = 0; i < probs.length; i++) got[i] = vectors.get(key).apply(draws, probs[i]);
                } else {
                    if (requireAllKeys) failures.add(file.getFileName() + ": unhandled key " + key);
                    continue;
                }
                for (int i = 0; i < want.length; i++) {
                    compared++;
                    String where = file.getFileName() + " " + key + (want.length > 1 ? "[" + i + "]" : "");
                    if (Double.isNaN(want[i]) || Double.isNaN(got[i])) {
                        if (Double.isNaN(want[i]) != Double.isNaN(got[i])) failures.add(where + ": expected " + want[i] + " got " + got[i]);
                        continue;
                    }
                    double rel = want[i] == 0 ? Math.abs(got[i]) : Math.abs(got[i] - want[i]) / Math.abs(want[i]);
                    if (rel > worst) {
                        worst = rel;
                        worstWhere = where;
                    }
                    if (rel > RELATIVE) failures.add(where + ": expected " + want[i] + " got " + got[i] + " (rel " + rel + ")");
                }
            }
        }
        return new Comparison(failures, compared, worst, worstWhere);
    }
}
