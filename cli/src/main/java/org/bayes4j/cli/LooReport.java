package org.bayes4j.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bayes4j.cli.io.LogLikelihoodCsv;
import org.bayes4j.cli.io.LogLikelihoodCsvReader;
import org.bayes4j.spi.diagnostic.LooResult;
import org.bayes4j.spi.diagnostic.WaicResult;

/**
 * PSIS-LOO and WAIC of one log-likelihood matrix as text, laid out like the R
 * package {@code loo}'s {@code print.loo}, or as JSON:
 * <pre>{@code
 * {"elpd_loo": .., "se_elpd_loo": .., "p_loo": .., "se_p_loo": .., "looic": .., "se_looic": ..,
 *  "pareto_k": [per observation], "elpd_loo_pointwise": [per observation],
 *  "waic": {"elpd_waic": .., "p_waic": .., "waic": .., "se_elpd_waic": ..},
 *  "k_threshold": .., "warnings": [...]}
 * }</pre>
 * Here $\mathrm{elpd}_{\mathrm{loo}} = \sum_i \log p(y_i \mid y_{-i})$
 * estimated by Pareto-smoothed importance sampling, $p_{\mathrm{loo}}$ the
 * lpd minus it, $\mathrm{looic} = -2\,\mathrm{elpd}_{\mathrm{loo}}$, each SE
 * $\sqrt{N \operatorname{var}(\text{pointwise})}$ (Vehtari, Gelman and Gabry
 * 2017). A non-finite number (a $\hat k$ that could not be fitted) is
 * {@code null} in JSON, which has no infinities.
 */
final class LooReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private LooReport() {}

    /** The plain-words warnings: the provider's, the high-k observations by column name, and WAIC's. */
    static List<String> warnings(LogLikelihoodCsv input, LooResult loo, WaicResult waic) {
        List<String> out = new ArrayList<>(loo.warnings());
        double[] k = loo.paretoK();
        List<String> high = new ArrayList<>();
        for (int i = 0; i < k.length; i++) if (!(k[i] <= loo.kThreshold())) high.add(input.observations().get(i));
        if (!high.isEmpty()) {
            out.add("observations with Pareto k above " + String.format(Locale.ROOT, "%.2f", loo.kThreshold()) + ", by column: "
                    + String.join(", ", high.size() > 20 ? high.subList(0, 20) : high) + (high.size() > 20 ? ", ..." : "")
                    + "; refit without them (exact LOO) or use K-fold cross-validation for a reliable elpd");
        }
        for (String w : waic.warnings()) out.add("WAIC: " + w);
        return out;
    }

    static String text(LogLikelihoodCsv input, LooResult loo, WaicResult waic) {
        StringBuilder out = new StringBuilder();
        out.append("Computed from ").append(input.numDraws()).append(" by ").append(input.numObservations())
                .append(" log-likelihood matrix (").append(input.source()).append(")\n");
        out.append(input.hasChains()
                ? input.numChains() + (input.numChains() == 1 ? " chain" : " chains") + "; relative efficiencies r_eff from the chains\n"
                : "no '" + LogLikelihoodCsvReader.CHAIN_COLUMN + "' column: r_eff = 1, PSIS n_eff is not adjusted for autocorrelation\n");
        out.append('\n');
        out.append(String.format(Locale.ROOT, "%-9s %9s %6s%n", "", "Estimate", "SE"));
        out.append(row("elpd_loo", loo.elpdLoo(), loo.seElpdLoo()));
        out.append(row("p_loo", loo.pLoo(), loo.sePLoo()));
        out.append(row("looic", loo.looic(), loo.seLooic()));
        out.append('\n');
        out.append(String.format(Locale.ROOT, "WAIC: elpd_waic %.1f (SE %.1f), p_waic %.1f, waic %.1f (SE %.1f)%n",
                waic.elpdWaic(), waic.seElpdWaic(), waic.pWaic(), waic.waic(), waic.seWaic()));
        out.append('\n');
        for (String line : ParetoKTable.lines(loo.paretoK(), loo.psisNEff())) out.append(line).append('\n');
        out.append(ParetoKTable.thresholdNote(input.numDraws(), loo.kThreshold())).append('\n');
        List<String> warnings = warnings(input, loo, waic);
        if (warnings.isEmpty()) {
            out.append(String.format(Locale.ROOT, "All Pareto k estimates are below %.2f; no warnings.%n", loo.kThreshold()));
        } else {
            out.append("Warnings:\n");
            for (String w : warnings) out.append("  - ").append(w).append('\n');
        }
        return out.toString();
    }

    private static String row(String name, double estimate, double se) {
        return String.format(Locale.ROOT, "%-9s %9.1f %6.1f%n", name, estimate, se);
    }

    static String json(LogLikelihoodCsv input, LooResult loo, WaicResult waic) {
        ObjectNode root = JSON.createObjectNode();
        number(root, "elpd_loo", loo.elpdLoo());
        number(root, "se_elpd_loo", loo.seElpdLoo());
        number(root, "p_loo", loo.pLoo());
        number(root, "se_p_loo", loo.sePLoo());
        number(root, "looic", loo.looic());
        number(root, "se_looic", loo.seLooic());
        array(root.putArray("pareto_k"), loo.paretoK());
        array(root.putArray("elpd_loo_pointwise"), loo.pointwiseElpdLoo());
        ObjectNode w = root.putObject("waic");
        number(w, "elpd_waic", waic.elpdWaic());
        number(w, "p_waic", waic.pWaic());
        number(w, "waic", waic.waic());
        number(w, "se_elpd_waic", waic.seElpdWaic());
        number(root, "k_threshold", loo.kThreshold());
        ArrayNode warnings = root.putArray("warnings");
        warnings(input, loo, waic).forEach(warnings::add);
        return render(root);
    }

    static String render(ObjectNode root) {
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render JSON", e);
        }
    }

    static void number(ObjectNode node, String key, double x) {
        if (Double.isFinite(x)) node.put(key, x);
        else node.putNull(key);
    }

    static void array(ArrayNode node, double[] xs) {
        for (double x : xs) {
            if (Double.isFinite(x)) node.add(x);
            else node.addNull();
        }
    }
}
