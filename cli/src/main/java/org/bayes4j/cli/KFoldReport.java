package org.bayes4j.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bayes4j.spi.diagnostic.KFoldResult;

/**
 * The K-fold result as text or JSON. The per-fold table gives, for fold k, the
 * number of held-out rows, the held-out groups (with {@code --by}) and
 * $\mathrm{elpd}_k = \sum_{i \in k} \mathrm{elpd}_i$, so the column sums to
 * $\mathrm{elpd}_{\mathrm{kfold}}$. JSON layout:
 * <pre>{@code
 * {"model": .., "data": .., "folds": K, "by": null | "G", "seed": N, "sampler": "nuts",
 *  "chains": C, "warmup": W, "draws": D,
 *  "elpd_kfold": .., "se_elpd_kfold": .., "p_kfold": .. | null, "se_p_kfold": .. | null,
 *  "kfoldic": .., "se_kfoldic": ..,
 *  "per_fold": [{"fold": 0, "rows": n, "groups": [..] (with --by only), "elpd": ..}, ...],
 *  "elpd_kfold_pointwise": [per row], "fold_of_row": [per row], "warnings": [..]}
 * }</pre>
 * p_kfold is {@code null} when no full-data fit was made ({@code --no-full-fit}).
 */
final class KFoldReport {

    private KFoldReport() {}

    static String text(KFoldCommand.KFoldSetup setup, KFoldResult r) {
        StringBuilder out = new StringBuilder();
        out.append("K-fold cross-validation of ").append(setup.model()).append(" (data: ").append(setup.dataSource()).append(")\n");
        out.append(setup.folds()).append(" folds of ").append(setup.by() == null ? "rows at random" : "whole groups of '" + setup.by() + "'")
                .append(", seed ").append(setup.seed()).append("; each fit: ").append(setup.sampler()).append(", ")
                .append(setup.config().chains()).append(" chains x ").append(setup.config().warmup()).append(" warm-up + ")
                .append(setup.config().draws()).append(" draws\n\n");
        out.append(String.format(Locale.ROOT, "%-11s %9s %6s%n", "", "Estimate", "SE"));
        out.append(row("elpd_kfold", r.elpdKfold(), r.seElpdKfold()));
        if (Double.isFinite(r.pKfold())) out.append(row("p_kfold", r.pKfold(), r.sePKfold()));
        out.append(row("kfoldic", r.kfoldic(), r.seKfoldic()));
        if (!Double.isFinite(r.pKfold())) out.append("(p_kfold not computed: no full-data fit)\n");
        out.append('\n');
        out.append(String.format(Locale.ROOT, "%-5s %5s %9s%s%n", "fold", "rows", "elpd", setup.by() == null ? "" : "  groups of " + setup.by()));
        for (Fold f : folds(setup, r)) {
            out.append(String.format(Locale.ROOT, "%-5d %5d %9.1f%s%n", f.fold, f.rows, f.elpd,
                    f.groups == null ? "" : "  " + String.join(", ", f.groups.stream().map(String::valueOf).toList())));
        }
        if (!r.warnings().isEmpty()) {
            out.append('\n');
            for (String w : r.warnings()) out.append("Warning: ").append(w).append('\n');
        }
        return out.toString();
    }

    static String json(KFoldCommand.KFoldSetup setup, KFoldResult r) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("model", setup.model());
        root.put("data", setup.dataSource());
        root.put("folds", setup.folds());
        if (setup.by() == null) root.putNull("by");
        else root.put("by", setup.by());
        root.put("seed", setup.seed());
        root.put("sampler", setup.sampler());
        root.put("chains", setup.config().chains());
        root.put("warmup", setup.config().warmup());
        root.put("draws", setup.config().draws());
        LooReport.number(root, "elpd_kfold", r.elpdKfold());
        LooReport.number(root, "se_elpd_kfold", r.seElpdKfold());
        LooReport.number(root, "p_kfold", r.pKfold());
        LooReport.number(root, "se_p_kfold", r.sePKfold());
        LooReport.number(root, "kfoldic", r.kfoldic());
        LooReport.number(root, "se_kfoldic", r.seKfoldic());
        ArrayNode perFold = root.putArray("per_fold");
        for (Fold f : folds(setup, r)) {
            ObjectNode node = perFold.addObject();
            node.put("fold", f.fold);
            node.put("rows", f.rows);
            if (f.groups != null) {
                ArrayNode g = node.putArray("groups");
                f.groups.forEach(g::add);
            }
            LooReport.number(node, "elpd", f.elpd);
        }
        LooReport.array(root.putArray("elpd_kfold_pointwise"), r.pointwiseElpd());
        ArrayNode foldOfRow = root.putArray("fold_of_row");
        for (int f : r.folds()) foldOfRow.add(f);
        ArrayNode warnings = root.putArray("warnings");
        r.warnings().forEach(warnings::add);
        return LooReport.render(root);
    }

    private record Fold(int fold, int rows, double elpd, List<Integer> groups) {}

    private static List<Fold> folds(KFoldCommand.KFoldSetup setup, KFoldResult r) {
        int[] fold = r.folds();
        double[] elpd = r.pointwiseElpd();
        List<Fold> out = new ArrayList<>();
        for (int k = 0; k < r.numFolds(); k++) {
            int rows = 0;
            double sum = 0;
            TreeSet<Integer> groups = new TreeSet<>();
            for (int i = 0; i < fold.length; i++) {
                if (fold[i] != k) continue;
                rows++;
                sum += elpd[i];
                if (setup.groups() != null) groups.add(setup.groups()[i]);
            }
            out.add(new Fold(k, rows, sum, setup.groups() == null ? null : List.copyOf(groups)));
        }
        return out;
    }

    private static String row(String name, double estimate, double se) {
        return String.format(Locale.ROOT, "%-11s %9.1f %6.1f%n", name, estimate, se);
    }
}
