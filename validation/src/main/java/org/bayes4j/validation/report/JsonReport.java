package org.bayes4j.validation.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bayes4j.spi.validation.QuantityCheck;
import org.bayes4j.spi.validation.ValidationSettings;
import org.bayes4j.validation.SbcAnalysis;

/**
 * The JSON report of one model: settings, verdict, counts of replicates with
 * failed fits, divergences or high R-hat, and per quantity its ranks (with the
 * number of thinned draws {@code L} of each replicate), PIT values, chi-square
 * and ECDF-band p-values and verdicts, coverage at 50% and 90%, z-scores and
 * contractions. Non-finite numbers are written as {@code null}.
 */
public final class JsonReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {}

    public static ObjectNode render(String model, ValidationSettings s, SbcAnalysis a, double wallSeconds) {
        ObjectNode o = JSON.createObjectNode();
        o.put("model", model);
        o.put("sampler", s.sampler());
        ObjectNode settings = o.putObject("settings");
        settings.put("chains", s.chains());
        settings.put("warmup", s.warmup());
        settings.put("draws", s.draws());
        settings.put("seed", s.seed());
        settings.put("sizes", s.validationSizes() ? "validation" : "default");
        settings.put("alpha", s.alpha());
        settings.put("target_accept", s.targetAccept());
        o.put("replicates", a.replicates());
        o.put("failed_fits", a.failedFits());
        o.put("replicates_with_divergences", a.replicatesWithDivergences());
        o.put("replicates_with_high_rhat", a.replicatesWithHighRhat());
        o.put("passed", a.passed());
        ArrayNode failures = o.putArray("failures");
        a.failures().forEach(failures::add);
        o.put("wall_seconds", wallSeconds);
        ArrayNode qs = o.putArray("quantities");
        for (SbcAnalysis.Quantity q : a.quantities()) {
            QuantityCheck c = q.check();
            ObjectNode n = qs.addObject();
            n.put("name", q.name());
            ArrayNode ranks = n.putArray("ranks");
            for (int r : q.ranks()) ranks.add(r);
            ArrayNode l = n.putArray("thinned_draws");
            for (int r : q.thinnedDraws()) l.add(r);
            numbers(n.putArray("pit"), q.pit());
            number(n, "chi_square_p", c.chiSquareP());
            n.put("chi_square_failed", c.chiSquareFailed());
            number(n, "ecdf_p", c.ecdfP());
            n.put("ecdf_outside_band_95", c.outsideBand());
            n.put("ecdf_failed", c.ecdfFailed());
            number(n, "coverage_50", c.coverage50());
            number(n, "coverage_90", c.coverage90());
            n.put("coverage_failed", c.coverageFailed());
            number(n, "mean_z_score", c.meanZScore());
            number(n, "mean_contraction", c.meanContraction());
            numbers(n.putArray("z_scores"), q.zScores());
            numbers(n.putArray("contractions"), q.contractions());
            n.put("failed", c.failed());
        }
        return o;
    }

    public static void write(Path file, ObjectNode report) {
        try {
            JSON.writeValue(file.toFile(), report);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void number(ObjectNode n, String key, double v) {
        if (Double.isFinite(v)) n.put(key, v);
        else n.putNull(key);
    }

    private static void numbers(ArrayNode a, double[] v) {
        for (double x : v) {
            if (Double.isFinite(x)) a.add(x);
            else a.addNull();
        }
    }
}
