package org.bayes4j.cli;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The posterior predictive check as text or JSON. JSON layout:
 * <pre>{@code
 * {"model": .., "data": .., "chains": C, "draws": D (per chain), "seed": N, "prob": 0.9,
 *  "variables": [{"name": "y", "family": "poisson_log", "shape": [24],
 *                 "coverage": share of elements inside their interval,
 *                 "total": STAT | null (categorical outcomes),
 *                 "categories": [STAT per category 0..K-1]   (categorical outcomes, else []),
 *                 "column_dim": "category" | null, "columns": [STAT per slice of the last axis] (rank >= 2, else []),
 *                 "elements": [STAT per element, row-major]}],
 *  "warnings": [..]}
 * STAT = {"label": .., "observed": .., "mean": .., "sd": .., "lower": .., "upper": .., "inside": true|false}
 * }</pre>
 * {@code lower}/{@code upper} are the $(1 \mp p)/2$ quantiles of the replicated
 * quantity; an undefined number is {@code null}.
 */
final class PredictiveReport {

    private PredictiveReport() {}

    /** What was run, for the report header. */
    record Setup(String model, String dataSource, int chains, int draws, long seed, double prob, int maxElements) {}

    static String text(Setup setup, List<PredictiveCheck.VariableCheck> checks, List<String> warnings) {
        StringBuilder out = new StringBuilder();
        String lo = HdiLabels.percent((1 - setup.prob()) / 2) + "%", hi = HdiLabels.percent((1 + setup.prob()) / 2) + "%";
        out.append("Posterior predictive check of ").append(setup.model()).append(" (data: ").append(setup.dataSource()).append("): ")
                .append(setup.chains()).append(setup.chains() == 1 ? " chain" : " chains").append(" x ").append(setup.draws())
                .append(" draws, one replicate per draw; ").append(HdiLabels.percent(setup.prob())).append("% central intervals; seed ")
                .append(setup.seed()).append('\n');
        for (PredictiveCheck.VariableCheck v : checks) {
            out.append('\n').append(v.name()).append(" (").append(v.family()).append(", shape ").append(java.util.Arrays.toString(v.shape()))
                    .append("): ").append(Math.round(v.coverage() * v.elements().size())).append(" of ").append(v.elements().size())
                    .append(String.format(Locale.ROOT, " observed values (%.0f%%) inside their %s predictive interval%n",
                            100 * v.coverage(), HdiLabels.percent(setup.prob()) + "%"));
            int width = 12;
            for (PredictiveCheck.Stat s : v.elements()) width = Math.max(width, s.label().length());
            for (PredictiveCheck.Stat s : v.columns()) width = Math.max(width, s.label().length());
            String head = String.format(Locale.ROOT, "  %-" + width + "s %10s %10s %10s %10s %10s%n", "", "observed", "mean", "sd", lo, hi);
            out.append(head);
            if (v.total() != null) row(out, width, v.total());
            if (!v.categories().isEmpty()) {
                out.append("  rows per category:\n");
                for (PredictiveCheck.Stat s : v.categories()) row(out, width, s);
            }
            if (!v.columns().isEmpty()) {
                out.append("  totals per ").append(v.columnLabel()).append(":\n");
                for (PredictiveCheck.Stat s : v.columns()) row(out, width, s);
            }
            out.append("  per element:\n");
            int shown = Math.min(setup.maxElements(), v.elements().size());
            for (int j = 0; j < shown; j++) row(out, width, v.elements().get(j));
            if (shown < v.elements().size()) {
                out.append("  (first ").append(shown).append(" of ").append(v.elements().size())
                        .append(" elements; --max-elements shows more, --json lists all)\n");
            }
        }
        if (!warnings.isEmpty()) {
            out.append('\n');
            for (String w : warnings) out.append("Warning: ").append(w).append('\n');
        }
        return out.toString();
    }

    private static void row(StringBuilder out, int width, PredictiveCheck.Stat s) {
        out.append(String.format(Locale.ROOT, "  %-" + width + "s %10s %10.2f %10.2f %10s %10s%s%n", s.label(), number(s.observed()),
                s.mean(), s.sd(), number(s.lower()), number(s.upper()), s.covers() ? "" : "  *outside*"));
    }

    /** Integers without decimals (counts), other values with two. */
    private static String number(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : String.format(Locale.ROOT, "%.2f", x);
    }

    static String json(Setup setup, List<PredictiveCheck.VariableCheck> checks, List<String> warnings) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("model", setup.model());
        root.put("data", setup.dataSource());
        root.put("chains", setup.chains());
        root.put("draws", setup.draws());
        root.put("seed", setup.seed());
        root.put("prob", setup.prob());
        ArrayNode vars = root.putArray("variables");
        for (PredictiveCheck.VariableCheck v : checks) {
            ObjectNode node = vars.addObject();
            node.put("name", v.name());
            node.put("family", v.family());
            ArrayNode shape = node.putArray("shape");
            for (int n : v.shape()) shape.add(n);
            LooReport.number(node, "coverage", v.coverage());
            if (v.total() == null) node.putNull("total");
            else stat(node.putObject("total"), v.total());
            stats(node.putArray("categories"), v.categories());
            if (v.columnLabel() == null) node.putNull("column_dim");
            else node.put("column_dim", v.columnLabel());
            stats(node.putArray("columns"), v.columns());
            stats(node.putArray("elements"), v.elements());
        }
        ArrayNode w = root.putArray("warnings");
        warnings.forEach(w::add);
        return LooReport.render(root);
    }

    private static void stats(ArrayNode array, List<PredictiveCheck.Stat> stats) {
        for (PredictiveCheck.Stat s : stats) stat(array.addObject(), s);
    }

    private static void stat(ObjectNode node, PredictiveCheck.Stat s) {
        node.put("label", s.label());
        LooReport.number(node, "observed", s.observed());
        LooReport.number(node, "mean", s.mean());
        LooReport.number(node, "sd", s.sd());
        LooReport.number(node, "lower", s.lower());
        LooReport.number(node, "upper", s.upper());
        node.put("inside", s.covers());
    }
}
