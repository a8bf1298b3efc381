package org.bayes4j.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bayes4j.spi.diagnostic.ComparisonResult;
import org.bayes4j.spi.diagnostic.LooResult;

/**
 * A model comparison as the table of ArviZ's {@code az.compare} (columns
 * {@code rank name elpd_loo p_loo elpd_diff se_diff weight_stacking
 * weight_pseudobma}, best model first with rank 0 and differences 0), or as
 * JSON:
 * <pre>{@code
 * {"models": [{"name": .., "elpd_loo": .., "elpd_diff": .., "se_diff": .., "p_loo": ..,
 *              "weight_stacking": .., "weight_pseudobma": ..}, ...],
 *  "warnings": [...]}
 * }</pre>
 * {@code weight_pseudobma} is pseudo-BMA+: pseudo-BMA weights
 * $\propto \exp(\widehat{\mathrm{elpd}}_k)$ averaged over Bayesian-bootstrap
 * replicates of the pointwise elpd, which shrinks them toward each other by
 * the uncertainty of the elpd estimates (Yao, Vehtari, Simpson and Gelman 2018,
 * Section 3.3). A difference smaller than about two of its SEs does not
 * separate two models.
 */
final class ComparisonReport {

    private ComparisonReport() {}

    private static final String[] HEADER = {"rank", "name", "elpd_loo", "p_loo", "elpd_diff", "se_diff", "weight_stacking", "weight_pseudobma"};

    static String text(ComparisonResult c, Map<String, LooResult> loo, List<String> warnings) {
        List<String[]> cells = new ArrayList<>();
        cells.add(HEADER);
        double[] diff = c.elpdDiff();
        double[] se = c.seDiff();
        for (int r = 0; r < c.order().size(); r++) {
            String name = c.order().get(r);
            LooResult l = loo.get(name);
            cells.add(new String[] {Integer.toString(r), name, fixed(l.elpdLoo(), 2), fixed(l.pLoo(), 2), fixed(diff[r], 2), fixed(se[r], 2),
                    fixed(weight(c.stackingWeights(), name), 3), fixed(weight(c.pseudoBmaPlusWeights(), name), 3)});
        }
        int[] width = new int[HEADER.length];
        for (String[] row : cells) for (int k = 0; k < row.length; k++) width[k] = Math.max(width[k], row[k].length());
        StringBuilder out = new StringBuilder();
        for (String[] row : cells) {
            StringBuilder line = new StringBuilder();
            for (int k = 0; k < row.length; k++) {
                if (k > 0) line.append("  ");
                // the name column reads left-aligned, numbers right-aligned
                if (k == 1) line.append(row[k]).append(" ".repeat(width[k] - row[k].length()));
                else line.append(" ".repeat(width[k] - row[k].length())).append(row[k]);
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        out.append('\n');
        out.append("elpd_diff and se_diff are relative to the best model; weight_pseudobma is pseudo-BMA+ (Bayesian bootstrap).\n");
        if (warnings.isEmpty()) {
            out.append("No warnings.\n");
        } else {
            out.append("Warnings:\n");
            for (String w : warnings) out.append("  - ").append(w).append('\n');
        }
        return out.toString();
    }

    static String json(ComparisonResult c, Map<String, LooResult> loo, List<String> warnings) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode models = root.putArray("models");
        double[] diff = c.elpdDiff();
        double[] se = c.seDiff();
        for (int r = 0; r < c.order().size(); r++) {
            String name = c.order().get(r);
            ObjectNode m = models.addObject();
            m.put("name", name);
            LooReport.number(m, "elpd_loo", loo.get(name).elpdLoo());
            LooReport.number(m, "elpd_diff", diff[r]);
            LooReport.number(m, "se_diff", se[r]);
            LooReport.number(m, "p_loo", loo.get(name).pLoo());
            LooReport.number(m, "weight_stacking", weight(c.stackingWeights(), name));
            LooReport.number(m, "weight_pseudobma", weight(c.pseudoBmaPlusWeights(), name));
        }
        ArrayNode w = root.putArray("warnings");
        warnings.forEach(w::add);
        return LooReport.render(root);
    }

    private static double weight(Map<String, Double> weights, String name) {
        Double w = weights.get(name);
        return w == null ? Double.NaN : w;
    }

    private static String fixed(double x, int decimals) {
        if (Double.isNaN(x)) return "NA";
        return String.format(Locale.ROOT, "%." + decimals + "f", x);
    }
}
