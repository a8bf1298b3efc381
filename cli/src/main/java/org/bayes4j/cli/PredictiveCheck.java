package org.bayes4j.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.spi.density.VariableInfo;
import org.bayes4j.spi.draws.ChainDraws;
import org.bayes4j.spi.draws.Draws;
import org.bayes4j.spi.model.CompiledModel;
import org.bayes4j.spi.model.DistributionSpec;
import org.bayes4j.spi.model.Var;

/**
 * Posterior predictive check (Gelman et al. 2013, BDA3, Section 6.3): for every
 * kept draw $\theta^{(s)}$ one replicated data set $y^{\mathrm{rep}(s)} \sim
 * p(y \mid \theta^{(s)})$ is simulated ({@link CompiledModel#samplePosteriorPredictive}),
 * and for each observed variable a few test quantities $T(y)$ are compared with
 * the distribution of $T(y^{\mathrm{rep}})$ over the draws: its mean, sd and
 * central interval of probability {@code prob}. The interval's bounds are
 * quantiles by linear interpolation (Hyndman and Fan type 7) for real values,
 * and by the inverse empirical distribution function (type 1) when every
 * replicate is an integer, so that an interval of counts has counts as bounds.
 *
 * <p>The quantities, chosen from the variable's shape and family only:
 * <ul>
 * <li>each element $y_j$ (per tank, per row, per cell), with the share of
 *     observed elements inside their interval;</li>
 * <li>the total $\sum_j y_j$ (not for a categorical outcome, whose values are labels);</li>
 * <li>for a variable of rank two or more, the total of each slice of the last
 *     axis, e.g. per category of a multinomial {@code n[row, category]};</li>
 * <li>for a categorical outcome (family {@code categorical*}, {@code ordered_*},
 *     {@code bernoulli*}), the number of elements equal to each category
 *     $c = 0, \dots, K-1$.</li>
 * </ul>
 */
final class PredictiveCheck {

    /**
     * A test quantity: its observed value against its replicated distribution.
     *
     * @param label  what it is ({@code total}, {@code y[3]}, {@code category 2}, ...)
     * @param lower  the $(1-p)/2$ quantile of the replicated values
     * @param upper  the $(1+p)/2$ quantile
     */
    record Stat(String label, double observed, double mean, double sd, double lower, double upper) {
        boolean covers() { return observed >= lower && observed <= upper; }
    }

    /**
     * The check of one observed variable.
     *
     * @param total       the total over all elements, or {@code null} for a categorical outcome
     * @param columnLabel what the slices of the last axis are called ({@code null} when the rank is below two)
     * @param categories  per-category counts for a categorical outcome, else empty
     * @param columns     per-slice totals of the last axis, else empty
     */
    record VariableCheck(String name, String family, int[] shape, Stat total, List<Stat> elements, double coverage,
                         List<Stat> categories, String columnLabel, List<Stat> columns) {}

    private PredictiveCheck() {}

    /** Simulates one replicate per kept draw of {@code draws} and checks every observed variable at probability {@code prob}. */
    static List<VariableCheck> run(CompiledModel model, Draws draws, Map<ChainDraws, double[][]> recorded, UniformRandomProvider rng,
                                   double prob) {
        if (!(prob > 0 && prob < 1)) throw new IllegalArgumentException("--prob is " + prob + ", but must lie in (0, 1)");
        List<double[]> points = PosteriorPoints.of(model, draws, recorded);
        List<VariableInfo> infos = model.observed();
        List<Var> vars = model.model().observedVariables();
        double[][][] replicated = new double[infos.size()][points.size()][];
        for (int s = 0; s < points.size(); s++) {
            Map<String, double[]> rep = model.samplePosteriorPredictive(rng, points.get(s));
            for (int v = 0; v < infos.size(); v++) {
                double[] values = rep.get(infos.get(v).name());
                if (values == null || values.length != infos.get(v).size()) {
                    throw new IllegalStateException("posterior predictive draw " + s + " has no " + infos.get(v).size() + " values for '"
                            + infos.get(v).name() + "'; drawn: " + rep.keySet());
                }
                replicated[v][s] = values;
            }
        }
        List<VariableCheck> out = new ArrayList<>();
        for (int v = 0; v < infos.size(); v++) out.add(check(infos.get(v), vars.get(v), replicated[v], prob));
        return out;
    }

    private static VariableCheck check(VariableInfo info, Var var, double[][] rep, double prob) {
        double[] observed = var.observed().values();
        int size = observed.length;
        int numDraws = rep.length;
        List<String> names = info.elementNames();
        List<Stat> elements = new ArrayList<>(size);
        double[] column = new double[numDraws];
        int covered = 0;
        for (int j = 0; j < size; j++) {
            for (int s = 0; s < numDraws; s++) column[s] = rep[s][j];
            Stat stat = stat(names.get(j), observed[j], column, prob);
            if (stat.covers()) covered++;
            elements.add(stat);
        }
        String family = var.distribution().family();
        int k = numCategories(var.distribution(), observed, rep);
        Stat total = null;
        if (k == 0) {
            double[] totals = new double[numDraws];
            for (int s = 0; s < numDraws; s++) totals[s] = sum(rep[s]);
            total = stat("total", sum(observed), totals, prob);
        }
        List<Stat> categories = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            double[] counts = new double[numDraws];
            for (int s = 0; s < numDraws; s++) counts[s] = countEqual(rep[s], c);
            categories.add(stat("category " + c, countEqual(observed, c), counts, prob));
        }

        List<Stat> columns = new ArrayList<>();
        String columnLabel = null;
        int[] shape = info.shape();
        if (shape.length >= 2) {
            int last = shape.length - 1;
            columnLabel = info.dimNames().get(last) != null ? info.dimNames().get(last) : "axis " + last;
            List<String> coords = info.coords().get(last);
            int width = shape[last];
            for (int c = 0; c < width; c++) {
                double[] sums = new double[numDraws];
                for (int s = 0; s < numDraws; s++) sums[s] = sliceSum(rep[s], c, width);
                columns.add(stat(coords != null ? coords.get(c) : Integer.toString(c), sliceSum(observed, c, width), sums, prob));
            }
        }
        return new VariableCheck(info.name(), family, shape, total, elements, size == 0 ? Double.NaN : covered / (double) size,
                categories, columnLabel, columns);
    }

    /**
     * K for a categorical outcome, 0 otherwise: the categories the family can
     * produce (the last axis of a categorical's probabilities, the cut points
     * of an ordinal family plus one, two for a Bernoulli), and at least one more
     * than the largest value observed or drawn.
     */
    static int numCategories(DistributionSpec spec, double[] observed, double[][] rep) {
        String f = spec.family();
        int declared;
        if (f.startsWith("categorical")) {
            int[] p = spec.arguments().get(0).shape();
            declared = p.length == 0 ? 0 : p[p.length - 1];
        } else if (f.startsWith("ordered_")) {
            int[] c = spec.arguments().size() > 1 ? spec.arguments().get(1).shape() : new int[0];
            declared = c.length == 0 ? 2 : c[c.length - 1] + 1;
        } else if (f.startsWith("bernoulli")) {
            declared = 2;
        } else {
            return 0;
        }
        double max = Arrays.stream(observed).max().orElse(0);
        for (double[] r : rep) for (double x : r) max = Math.max(max, x);
        return Math.max(declared, (int) max + 1);
    }

    private static Stat stat(String label, double observed, double[] replicated, double prob) {
        double mean = 0;
        for (double x : replicated) mean += x;
        mean /= replicated.length;
        double ss = 0;
        for (double x : replicated) ss += (x - mean) * (x - mean);
        double sd = replicated.length > 1 ? Math.sqrt(ss / (replicated.length - 1)) : Double.NaN;
        double[] sorted = replicated.clone();
        Arrays.sort(sorted);
        boolean integers = Arrays.stream(sorted).allMatch(x -> x == Math.rint(x));
        double lo = integers ? inverseCdf(sorted, (1 - prob) / 2) : quantile(sorted, (1 - prob) / 2);
        double hi = integers ? inverseCdf(sorted, (1 + prob) / 2) : quantile(sorted, (1 + prob) / 2);
        return new Stat(label, observed, mean, sd, lo, hi);
    }

    /** Type-1 quantile of sorted values: the smallest $x_{(i)}$ with $i / n \ge p$ (the inverse empirical CDF). */
    static double inverseCdf(double[] sorted, double p) {
        int i = (int) Math.ceil(sorted.length * p - 1e-12);
        return sorted[Math.max(0, Math.min(sorted.length - 1, i - 1))];
    }

    /** Type-7 quantile of sorted values: $x_{(\lfloor h \rfloor)} + (h - \lfloor h \rfloor)(x_{(\lfloor h \rfloor + 1)} - x_{(\lfloor h \rfloor)})$, $h = (n-1)p$. */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    private static double sum(double[] xs) {
        double s = 0;
        for (double x : xs) s += x;
        return s;
    }

    private static int countEqual(double[] xs, int c) {
        int n = 0;
        for (double x : xs) if (x == c) n++;
        return n;
    }

    /** Sum of the elements whose last-axis index is {@code c}, row-major with last axis of {@code width}. */
    private static double sliceSum(double[] xs, int c, int width) {
        double s = 0;
        for (int i = c; i < xs.length; i += width) s += xs[i];
        return s;
    }
}
