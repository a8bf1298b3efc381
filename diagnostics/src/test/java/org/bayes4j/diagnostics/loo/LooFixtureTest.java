package org.bayes4j.diagnostics.loo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import com.fasterxml.jackson.databind.JsonNode;
import org.bayes4j.diagnostics.convergence.FixtureCases;
import org.bayes4j.spi.diagnostic.ComparisonResult;
import org.bayes4j.spi.diagnostic.LooProvider;
import org.bayes4j.spi.diagnostic.LooResult;
import org.bayes4j.spi.diagnostic.ModelComparer;
import org.bayes4j.spi.diagnostic.PsisResult;
import org.bayes4j.spi.diagnostic.WaicResult;
import org.junit.jupiter.api.Test;

/**
 * Every file in {@code fixtures/loo/} against the R package loo 2.5.1, through the
 * {@code ServiceLoader} services: 1e-6 relative for PSIS, LOO, WAIC, r_eff, elpd
 * differences and pseudo-BMA; 1e-4 absolute for stacking (an optimiser's result).
 * Not compared: {@code mcse_elpd_loo} and its pointwise values (loo draws them with
 * R's {@code rnorm}) and the Bayesian-bootstrap pseudo-BMA+ weights (R's random
 * stream), which are checked only to 0.03, the size of their Monte Carlo error.
 */
class LooFixtureTest {

    static final double RELATIVE = 1e-6;
    static final double ABSOLUTE_FLOOR = 1e-10;
    static final double STACKING = 1e-4;

    final LooProvider loo = ServiceLoader.load(LooProvider.class).findFirst().orElseThrow();
    final ModelComparer comparer = ServiceLoader.load(ModelComparer.class).findFirst().orElseThrow();

    final List<String> failures = new ArrayList<>();
    double worst;
    String worstWhere = "";
    int compared;

    @Test
    void everyFixtureMatchesLoo() {
        List<Path> files = FixtureCases.files("loo");
        assertFalse(files.isEmpty(), "no loo fixtures found");
        for (Path file : files) {
            JsonNode root = FixtureCases.read(file);
            String name = file.getFileName().toString();
            switch (root.get("kind").asText()) {
                case "loo" -> checkLoo(name, root);
                case "loo_compare" -> checkCompare(name, root);
                case "psis" -> checkPsis(name, root);
                default -> failures.add(name + ": unknown kind " + root.get("kind"));
            }
        }
        System.out.println("loo fixtures: " + compared + " values compared, worst relative error " + worst + " at " + worstWhere);
        assertEquals(List.of(), failures);
    }

    void checkLoo(String file, JsonNode root) {
        double[][] logLik = FixtureCases.matrix(root.get("log_lik"));
        int[] chain = new int[logLik.length];
        for (int s = 0; s < chain.length; s++) chain[s] = root.get("chain_id").get(s).asInt();
        double[] rEff = FixtureCases.vector(root.get("r_eff"));
        close(file + " r_eff", RelativeEfficiency.of(logLik, chain), rEff, RELATIVE);

        JsonNode exp = root.get("expected");
        checkLooResult(file + " loo_with_r_eff", loo.loo(logLik, rEff), exp.get("loo_with_r_eff"));
        double[] ones = new double[rEff.length];
        Arrays.fill(ones, 1);
        checkLooResult(file + " loo_r_eff_NA", loo.loo(logLik, ones), exp.get("loo_r_eff_NA"));
        // the chain-id entry point computes the same r_eff
        close(file + " loo(chain_id) elpd", new double[] {loo.loo(logLik, chain).elpdLoo()},
                new double[] {exp.get("loo_with_r_eff").get("elpd_loo").asDouble()}, RELATIVE);

        WaicResult w = loo.waic(logLik);
        JsonNode ew = exp.get("waic");
        String where = file + " waic ";
        scalar(where + "elpd_waic", w.elpdWaic(), ew.get("elpd_waic"));
        scalar(where + "se_elpd_waic", w.seElpdWaic(), ew.get("se_elpd_waic"));
        scalar(where + "p_waic", w.pWaic(), ew.get("p_waic"));
        scalar(where + "se_p_waic", w.sePWaic(), ew.get("se_p_waic"));
        scalar(where + "waic", w.waic(), ew.get("waic"));
        scalar(where + "se_waic", w.seWaic(), ew.get("se_waic"));
        close(where + "pointwise_elpd_waic", w.pointwiseElpdWaic(), FixtureCases.vector(ew.get("pointwise_elpd_waic")), RELATIVE);
        close(where + "pointwise_p_waic", w.pointwisePWaic(), FixtureCases.vector(ew.get("pointwise_p_waic")), RELATIVE);
        close(where + "pointwise_waic", w.pointwiseWaic(), FixtureCases.vector(ew.get("pointwise_waic")), RELATIVE);
    }

    void checkLooResult(String where, LooResult r, JsonNode e) {
        scalar(where + " elpd_loo", r.elpdLoo(), e.get("elpd_loo"));
        scalar(where + " se_elpd_loo", r.seElpdLoo(), e.get("se_elpd_loo"));
        scalar(where + " p_loo", r.pLoo(), e.get("p_loo"));
        scalar(where + " se_p_loo", r.sePLoo(), e.get("se_p_loo"));
        scalar(where + " looic", r.looic(), e.get("looic"));
        scalar(where + " se_looic", r.seLooic(), e.get("se_looic"));
        close(where + " pointwise_elpd_loo", r.pointwiseElpdLoo(), FixtureCases.vector(e.get("pointwise_elpd_loo")), RELATIVE);
        close(where + " pointwise_p_loo", r.pointwisePLoo(), FixtureCases.vector(e.get("pointwise_p_loo")), RELATIVE);
        close(where + " pointwise_looic", r.pointwiseLooic(), FixtureCases.vector(e.get("pointwise_looic")), RELATIVE);
        close(where + " pareto_k", r.paretoK(), FixtureCases.vector(e.get("pareto_k")), RELATIVE);
        close(where + " psis_n_eff", r.psisNEff(), FixtureCases.vector(e.get("psis_n_eff")), RELATIVE);
        count(where + " n_pareto_k_gt_0.5", r.countParetoKAbove(0.5), e.get("n_pareto_k_gt_0.5").asInt());
        count(where + " n_pareto_k_gt_0.7", r.countParetoKAbove(0.7), e.get("n_pareto_k_gt_0.7").asInt());
        boolean anyAbove = r.countParetoKAbove(r.kThreshold()) > 0;
        if (anyAbove == r.warnings().isEmpty()) failures.add(where + ": Pareto-k warning " + r.warnings() + " disagrees with the k values");
    }

    void checkCompare(String file, JsonNode root) {
        Map<String, double[]> pointwise = new LinkedHashMap<>();
        for (JsonNode m : root.get("models")) pointwise.put(m.asText(), FixtureCases.vector(root.get("pointwise_elpd_loo").get(m.asText())));
        ComparisonResult c = comparer.compare(pointwise);
        JsonNode e = root.get("expected");
        List<String> order = new ArrayList<>();
        e.get("order").forEach(n -> order.add(n.asText()));
        if (!order.equals(c.order())) failures.add(file + ": order " + c.order() + ", expected " + order);
        close(file + " elpd_diff", c.elpdDiff(), FixtureCases.vector(e.get("elpd_diff")), RELATIVE);
        close(file + " se_diff", c.seDiff(), FixtureCases.vector(e.get("se_diff")), RELATIVE);
        List<String> weightOrder = new ArrayList<>();
        e.get("weights_order").forEach(n -> weightOrder.add(n.asText()));
        double[] stacking = weightOrder.stream().mapToDouble(c.stackingWeights()::get).toArray();
        double[] bma = weightOrder.stream().mapToDouble(c.pseudoBmaWeights()::get).toArray();
        double[] bb = weightOrder.stream().mapToDouble(c.pseudoBmaPlusWeights()::get).toArray();
        absolute(file + " weights_stacking", stacking, FixtureCases.vector(e.get("weights_stacking")), STACKING);
        close(file + " weights_pseudobma", bma, FixtureCases.vector(e.get("weights_pseudobma_BB_FALSE")), RELATIVE);
        absolute(file + " weights_pseudobma_BB (informative)", bb, FixtureCases.vector(e.get("weights_pseudobma_BB_TRUE_seed4243")), 0.03);
    }

    void checkPsis(String file, JsonNode root) {
        double[] lr = FixtureCases.vector(root.get("log_ratios"));
        double rEff = root.get("r_eff").asDouble();
        PsisResult p = loo.psis(lr, rEff);
        JsonNode e = root.get("expected");
        scalar(file + " pareto_k", p.paretoK(), e.get("pareto_k"));
        scalar(file + " n_eff", p.nEff(), e.get("n_eff"));
        count(file + " tail_len", p.tailLength(), e.get("tail_len").asInt());
        close(file + " smoothed_log_weights", p.logWeights(), FixtureCases.vector(e.get("smoothed_log_weights")), RELATIVE);
        close(file + " smoothed_log_weights_normalized", p.normalisedLogWeights(),
                FixtureCases.vector(e.get("smoothed_log_weights_normalized")), RELATIVE);
    }

    void scalar(String where, double got, JsonNode want) {
        close(where, new double[] {got}, new double[] {FixtureCases.number(want)}, RELATIVE);
    }

    void count(String where, int got, int want) {
        compared++;
        if (got != want) failures.add(where + ": expected " + want + " got " + got);
    }

    void close(String where, double[] got, double[] want, double relative) {
        if (got.length != want.length) {
            failures.add(where + ": length " + got.length + ", expected " + want.length);
            return;
        }
        for (int i = 0; i < want.length; i++) {
            compared++;
            String at = where + (want.length > 1 ? "[" + i + "]" : "");
            if (Double.isNaN(want[i]) || Double.isNaN(got[i])) {
                if (Double.isNaN(want[i]) != Double.isNaN(got[i])) failures.add(at + ": expected " + want[i] + " got " + got[i]);
                continue;
            }
            double err = Math.abs(got[i] - want[i]);
            double rel = want[i] == 0 ? err : err / Math.abs(want[i]);
            if (rel > worst) {
                worst = rel;
                worstWhere = at;
            }
            if (err > relative * Math.abs(want[i]) && err > ABSOLUTE_FLOOR) {
                failures.add(at + ": expected " + want[i] + " got " + got[i] + " (rel " + rel + ")");
            }
        }
    }

    void absolute(String where, double[] got, double[] want, double tolerance) {
        double max = 0;
        for (int i = 0; i < want.length; i++) max = Math.max(max, Math.abs(got[i] - want[i]));
        System.out.println(where + ": max absolute difference " + max);
        for (int i = 0; i < want.length; i++) {
            compared++;
            if (!(Math.abs(got[i] - want[i]) <= tolerance)) {
                failures.add(where + "[" + i + "]: expected " + want[i] + " got " + got[i] + " (abs tolerance " + tolerance + ")");
            }
        }
    }
}
