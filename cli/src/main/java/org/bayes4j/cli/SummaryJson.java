package org.bayes4j.cli;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bayes4j.spi.diagnostic.Summary;
import org.bayes4j.spi.diagnostic.SummaryRow;
import org.bayes4j.spi.draws.ChainDraws;
import org.bayes4j.spi.draws.Draws;

/**
 * The summary as one JSON object, for scripts:
 * <pre>{@code
 * {"chains": 4, "draws": 1000, "divergences": 0,
 *  "variables": [{"name": "mu", "mean": .., "sd": .., "hdi_3%": .., "hdi_97%": .., "mcse_mean": ..,
 *                 "mcse_sd": .., "ess_bulk": .., "ess_tail": .., "r_hat": ..}, ...],
 *  "warnings": [...],
 *  "elapsed": {"warmup_seconds": [per chain], "sampling_seconds": [per chain]},
 *  "gradient_evaluations": N}
 * }</pre>
 * Requested quantiles add one key per variable, labelled as in the table
 * ({@code "5%"}, {@code "95%"}). The HDI keys follow the HDI probability; an undefined value (NaN) is
 * {@code null}, since JSON has no NaN.
 */
public final class SummaryJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SummaryJson() {}

    public static String render(Summary summary, Draws draws) {
        ObjectNode root = JSON.createObjectNode();
        root.put("chains", summary.chains());
        root.put("draws", summary.drawsPerChain());
        root.put("divergences", summary.divergences());
        ArrayNode variables = root.putArray("variables");
        List<SummaryRow> rows = summary.rows();
        List<String> names = draws.names().size() == rows.size() ? draws.names() : null;
        for (int i = 0; i < rows.size(); i++) {
            SummaryRow r = rows.get(i);
            ObjectNode v = variables.addObject();
            v.put("name", names != null ? names.get(i) : r.name());
            number(v, "mean", r.mean());
            number(v, "sd", r.sd());
            number(v, HdiLabels.lower(summary.options()), r.hdiLower());
            number(v, HdiLabels.upper(summary.options()), r.hdiUpper());
            number(v, "mcse_mean", r.mcseMean());
            number(v, "mcse_sd", r.mcseSd());
            number(v, "ess_bulk", r.essBulk());
            number(v, "ess_tail", r.essTail());
            number(v, "r_hat", r.rhat());
            List<String> labels = QuantileColumns.labels(summary.options());
            double[] q = QuantileColumns.values(summary.options(), r);
            for (int j = 0; j < q.length; j++) number(v, labels.get(j), q[j]);
        }
        ArrayNode warnings = root.putArray("warnings");
        SummaryTable.warnings(summary, draws).forEach(warnings::add);
        ObjectNode elapsed = root.putObject("elapsed");
        ArrayNode warm = elapsed.putArray("warmup_seconds");
        ArrayNode sampling = elapsed.putArray("sampling_seconds");
        for (ChainDraws cd : draws.chains()) {
            element(warm, cd.warmupSeconds());
            element(sampling, cd.samplingSeconds());
        }
        root.put("gradient_evaluations", draws.gradientEvaluations());
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render the summary as JSON", e);
        }
    }

    private static void number(ObjectNode node, String key, double x) {
        if (Double.isFinite(x)) node.put(key, x);
        else node.putNull(key);
    }

    private static void element(ArrayNode node, double x) {
        if (Double.isFinite(x)) node.add(x);
        else node.addNull();
    }
}
