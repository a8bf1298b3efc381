package org.bayes4j.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Pareto-k diagnostic table of the R package {@code loo}: how many
 * observations' importance ratios have a fitted generalised-Pareto shape
 * $\hat k$ in each band, with the smallest PSIS effective sample size in the
 * band. The bands follow Vehtari, Simpson, Gelman, Yao and Gabry (2024,
 * "Pareto smoothed importance sampling", JMLR 25, Section 3):
 * $\hat k \le 0.5$ good (the importance-sampling estimate has finite
 * variance), $0.5 < \hat k \le 0.7$ ok (finite mean; PSIS still converges
 * at a practical rate), $0.7 < \hat k \le 1$ bad, $\hat k > 1$ very bad
 * (not even the mean exists). A $\hat k$ that could not be fitted
 * ({@code Infinity} or NaN) counts as very bad.
 *
 * <p>With $S$ draws the practical threshold is lower than 0.7:
 * $\min(1 - 1/\log_{10} S, 0.7)$, because a small sample cannot reach the
 * pre-asymptotic regime where PSIS is reliable (ibid., Section 3.2.4).
 */
final class ParetoKTable {

    /** Upper ends of the bands; the last band is everything above 1. */
    static final double[] UPPER = {0.5, 0.7, 1.0};

    static final String[] INTERVAL = {"(-Inf, 0.5]", "(0.5, 0.7]", "(0.7, 1]", "(1, Inf)"};

    static final String[] LABEL = {"good", "ok", "bad", "very bad"};

    private ParetoKTable() {}

    /** Index of the band {@code k} falls in. */
    static int band(double k) {
        for (int b = 0; b < UPPER.length; b++) if (k <= UPPER[b]) return b;
        return UPPER.length;
    }

    static int[] counts(double[] k) {
        int[] counts = new int[INTERVAL.length];
        for (double v : k) counts[band(v)]++;
        return counts;
    }

    /** The table lines, as {@code print.loo} lays them out. */
    static List<String> lines(double[] k, double[] nEff) {
        int[] counts = counts(k);
        double[] minNEff = new double[INTERVAL.length];
        java.util.Arrays.fill(minNEff, Double.NaN);
        for (int i = 0; i < k.length; i++) {
            int b = band(k[i]);
            if (Double.isNaN(minNEff[b]) || nEff[i] < minNEff[b]) minNEff[b] = nEff[i];
        }
        List<String> out = new ArrayList<>();
        out.add("Pareto k diagnostic values:");
        out.add(String.format(Locale.ROOT, "%-24s %5s %7s  %s", "", "Count", "Pct.", "Min. n_eff"));
        for (int b = 0; b < INTERVAL.length; b++) {
            String nEffText = Double.isFinite(minNEff[b]) ? String.format(Locale.ROOT, "%.0f", minNEff[b]) : "NA";
            out.add(String.format(Locale.ROOT, "%12s  %-10s %5d %6.1f%%  %s", INTERVAL[b], "(" + LABEL[b] + ")", counts[b],
                    k.length == 0 ? 0.0 : 100.0 * counts[b] / k.length, nEffText));
        }
        return out;
    }

    /** The sample-size-dependent threshold sentence. */
    static String thresholdNote(int draws, double threshold) {
        return String.format(Locale.ROOT, "With S = %d draws the k threshold is min(1 - 1/log10(S), 0.7) = %.2f.", draws, threshold);
    }
}
