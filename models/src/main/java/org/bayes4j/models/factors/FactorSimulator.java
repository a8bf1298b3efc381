package org.bayes4j.models.factors;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.models.support.FixedParameters;
import org.bayes4j.models.support.RandomDraws;
import org.bayes4j.models.support.SimulationSizes;
import org.bayes4j.spi.model.ModelData;
import org.bayes4j.spi.model.Simulation;

/**
 * The generative program of the grouping-factor regressions (MODELS.md 8a, 8b):
 * <pre>
 *   a_mu ~ N(0, 10),  a_sigma ~ HalfNormal(1),  b_mu[f] ~ N(0, 10),  b_sigma ~ HalfNormal(1)
 *   8a:  a[g, c]    ~ N(a_mu, a_sigma)            b[g, c, f] ~ N(b_mu[f], b_sigma)
 *   8b:  a_group[g] ~ N(a_mu, a_sigma)            b_group[g, f] ~ N(b_mu[f], b_sigma)
 *        a_colour_sigma, b_colour_sigma ~ HalfNormal(1)
 *        a_colour    ~ ZeroSumNormal(a_colour_sigma) over colours
 *        b_colour[f] ~ ZeroSumNormal(b_colour_sigma) over colours, for each feature
 *        a[g, c] = a_group[g] + a_colour[c],   b[g, c, f] = b_group[g, f] + b_colour[f, c]
 *   lam ~ LogNormal(0, 0.5),  s[g, c] ~ Exponential(lam)
 *   rows: a balanced design, row i in cell (i mod GC), cells shuffled over rows
 *   X[i, f] ~ N(0, 1),  y_i ~ N(a[g_i, c_i] + sum_f X[i, f] b[g_i, c_i, f], s[g_i, c_i])
 * </pre>
 * A non-centred form draws the standardised offsets instead ({@code a_z},
 * {@code b_z}; {@code a_group_z}, ...; the zero-sum ones with scale 1) and
 * scales and shifts them; it consumes the random stream exactly as the centred
 * form does, so both forms of a design simulate the same data from one seed,
 * and the truth carries the form's own free variables.
 *
 * <p>In the balanced design every cell (group, colour) holds
 * $\lfloor n/GC\rfloor$ or $\lceil n/GC\rceil$ rows, so every level appears
 * once $n \ge GC$ and a fit's dims match the truth. Groups are labelled
 * {@code g1..gG} (zero-padded when $G \ge 10$), colours {@code blue, green,
 * red, violet, white, yellow} (or {@code c1..cC} beyond six), features
 * {@code x1..xF}: labels whose string order is their index order, which is
 * how {@link FactorData} orders text levels.
 *
 * <p>ZeroSumNormal draws are independent normals with their mean over the
 * colours subtracted, the orthogonal projection whose image has the
 * ZeroSumNormal density.
 */
final class FactorSimulator {

    /** The design of the mean (interaction 8a or additive 8b) and its parameterisation. */
    enum Form {
        INTERACTION_CENTRED(false, true), INTERACTION_NONCENTRED(false, false),
        ADDITIVE_CENTRED(true, true), ADDITIVE_NONCENTRED(true, false);

        final boolean additive;
        final boolean centred;

        Form(boolean additive, boolean centred) {
            this.additive = additive;
            this.centred = centred;
        }

        /** The free variables of the model of this form, in declaration order. */
        List<String> parameters() {
            List<String> p = new ArrayList<>(List.of("a_mu", "a_sigma", "b_mu", "b_sigma"));
            if (!additive) {
                p.addAll(centred ? List.of("a", "b") : List.of("a_z", "b_z"));
            } else {
                p.addAll(centred ? List.of("a_group", "b_group") : List.of("a_group_z", "b_group_z"));
                p.addAll(centred ? List.of("a_colour_sigma", "a_colour", "b_colour_sigma", "b_colour")
                        : List.of("a_colour_sigma", "a_colour_z", "b_colour_sigma", "b_colour_z"));
            }
            p.addAll(List.of("lam", "s"));
            return p;
        }
    }

    static final String ROWS = "rows", GROUPS = "groups", COLOURS = "colours", FEATURES = "features";
    static final Map<String, Integer> DEFAULT_SIZES = sizes(600, 4, 3, 2);
    static final Map<String, Integer> VALIDATION_SIZES = sizes(120, 3, 2, 2);
    /** Ten rows per cell, for the non-centred forms (see {@link FactorRegression#validationSizes()}). */
    static final Map<String, Integer> SPARSE_VALIDATION_SIZES = sizes(90, 3, 3, 2);
    static final long DEFAULT_SEED = 20260807L;

    /** Hyperparameters of every default data set; the effects are drawn given them with {@link #DEFAULT_SEED}. */
    static final Map<String, double[]> DEFAULT_HYPERPARAMETERS = Map.of(
            "a_mu", new double[] {1.0}, "a_sigma", new double[] {1.0}, "b_mu", new double[] {0.5, -0.5},
            "b_sigma", new double[] {0.5}, "lam", new double[] {2.0});
    /** The colour scales of the additive default data sets. */
    static final Map<String, double[]> DEFAULT_COLOUR_SCALES = Map.of("a_colour_sigma", new double[] {1.0}, "b_colour_sigma", new double[] {0.5});

    private static final List<String> PALETTE = List.of("blue", "green", "red", "violet", "white", "yellow");

    private FactorSimulator() {}

    static Simulation simulate(String model, Form form, UniformRandomProvider rng, Map<String, Integer> sizes,
                               Map<String, double[]> parameters, String source) {
        SimulationSizes size = SimulationSizes.resolve(model, DEFAULT_SIZES, sizes);
        int n = size.get(ROWS), groups = size.get(GROUPS), colours = size.get(COLOURS), features = size.get(FEATURES);
        int cells = groups * colours;
        FixedParameters fixed = FixedParameters.of(model, parameters, form.parameters());
        RandomDraws draw = new RandomDraws(rng);

        double aMu = fixed.scalar("a_mu", () -> draw.normal(0, 10), FixedParameters::finite, "finite");
        double aSigma = fixed.scalar("a_sigma", () -> Math.abs(draw.normal(0, 1)), FixedParameters::positive, "positive");
        double[] bMu = fixed.vector("b_mu", features, i -> draw.normal(0, 10), FixedParameters::finite, "finite", "features");
        double bSigma = fixed.scalar("b_sigma", () -> Math.abs(draw.normal(0, 1)), FixedParameters::positive, "positive");

        double[] a, b;
        if (!form.additive) {
            a = effect(fixed, draw, form.centred, "a", cells, i -> aMu, aSigma, "(group, colour) cells");
            b = effect(fixed, draw, form.centred, "b", cells * features, i -> bMu[i % features], bSigma, "(group, colour, feature) elements");
        } else {
            double[] aGroup = effect(fixed, draw, form.centred, "a_group", groups, i -> aMu, aSigma, "groups");
            double[] bGroup = effect(fixed, draw, form.centred, "b_group", groups * features, i -> bMu[i % features], bSigma,
                    "(group, feature) elements");
            double aColourSigma = fixed.scalar("a_colour_sigma", () -> Math.abs(draw.normal(0, 1)), FixedParameters::positive, "positive");
            double[] aColour = zeroSumEffect(model, fixed, draw, form.centred, "a_colour", 1, colours, aColourSigma);
            double bColourSigma = fixed.scalar("b_colour_sigma", () -> Math.abs(draw.normal(0, 1)), FixedParameters::positive, "positive");
            double[] bColour = zeroSumEffect(model, fixed, draw, form.centred, "b_colour", features, colours, bColourSigma);
            a = new double[cells];
            b = new double[cells * features];
            for (int g = 0; g < groups; g++) {
                for (int c = 0; c < colours; c++) {
                    a[g * colours + c] = aGroup[g] + aColour[c];
                    for (int f = 0; f < features; f++) {
                        b[(g * colours + c) * features + f] = bGroup[g * features + f] + bColour[f * colours + c];
                    }
                }
            }
        }
        double lam = fixed.scalar("lam", () -> Math.exp(draw.normal(0, 0.5)), FixedParameters::positive, "positive");
        double[] s = fixed.vector("s", cells, i -> draw.exponential(lam), FixedParameters::positive, "positive", "(group, colour) cells");

        int[] cellOfRow = balancedCells(n, cells, draw);
        double[] x = new double[n * features];
        double[] y = new double[n];
        List<String> groupLabels = labels("g", groups, null), colourLabels = labels("c", colours, PALETTE);
        List<String> groupOfRow = new ArrayList<>(n), colourOfRow = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int cell = cellOfRow[i];
            double mu = a[cell];
            for (int f = 0; f < features; f++) {
                x[i * features + f] = draw.normal(0, 1);
                mu += x[i * features + f] * b[cell * features + f];
            }
            y[i] = draw.normal(mu, s[cell]);
            groupOfRow.add(groupLabels.get(cell / colours));
            colourOfRow.add(colourLabels.get(cell % colours));
        }
        String from = source == null ? "simulated " + model + " (" + n + " rows, " + groups + " groups, " + colours + " colours, "
                + features + " features)" : source;
        ModelData data = ModelData.builder(from).strings("group", groupOfRow).strings("colour", colourOfRow)
                .put("X", x, n, features).put("y", y, n).build();
        return new Simulation(data, fixed.truth());
    }

    /** The default data set of {@code form}: default sizes, documented hyperparameters, effects drawn with the fixed seed. */
    static ModelData defaultData(String model, Form form) {
        Map<String, double[]> truth = new LinkedHashMap<>(DEFAULT_HYPERPARAMETERS);
        if (form.additive) truth.putAll(DEFAULT_COLOUR_SCALES);
        String source = "simulated " + model + " (600 rows, seed " + DEFAULT_SEED + ", hyperparameters of FactorSimulator)";
        return simulate(model, form, RandomDraws.seeded(DEFAULT_SEED), null, truth, source).data();
    }

    /** Centred: {@code name ~ N(mean_i, sigma)}; non-centred: {@code name_z ~ N(0, 1)} and {@code mean_i + sigma z}. */
    private static double[] effect(FixedParameters fixed, RandomDraws draw, boolean centred, String name, int size,
                                   java.util.function.IntToDoubleFunction mean, double sigma, String what) {
        if (centred) {
            return fixed.vector(name, size, i -> mean.applyAsDouble(i) + sigma * draw.normal(0, 1), FixedParameters::finite, "finite", what);
        }
        double[] z = fixed.vector(name + "_z", size, i -> draw.normal(0, 1), FixedParameters::finite, "finite", what);
        double[] out = new double[size];
        for (int i = 0; i < size; i++) out[i] = mean.applyAsDouble(i) + sigma * z[i];
        return out;
    }

    /**
     * A {@code rows x colours} block summing to zero over colours: centred, {@code name ~ ZeroSumNormal(sigma)};
     * non-centred, {@code name_z ~ ZeroSumNormal(1)} scaled by sigma. A fixed value must sum to zero.
     */
    private static double[] zeroSumEffect(String model, FixedParameters fixed, RandomDraws draw, boolean centred, String name,
                                          int rows, int colours, double sigma) {
        String variable = centred ? name : name + "_z";
        double scale = centred ? sigma : 1;
        double[][] drawn = new double[1][];
        double[] v = fixed.vector(variable, rows * colours, e -> {
            if (e == 0) drawn[0] = projectedNormals(draw, rows, colours, scale);
            return drawn[0][e];
        }, FixedParameters::finite, "finite", rows == 1 ? "colours" : "(feature, colour) elements");
        for (int r = 0; r < rows; r++) {
            double sum = 0, largest = 1;
            for (int c = 0; c < colours; c++) {
                sum += v[r * colours + c];
                largest = Math.max(largest, Math.abs(v[r * colours + c]));
            }
            if (Math.abs(sum) > 1e-9 * colours * largest) {
                throw new IllegalArgumentException(model + ": parameter '" + variable + "'" + (rows == 1 ? "" : " row " + r) + " sums to "
                        + sum + " over colours, but must sum to zero");
            }
        }
        if (centred) return v;
        double[] out = new double[v.length];
        for (int k = 0; k < v.length; k++) out[k] = sigma * v[k];
        return out;
    }

    /** Independent {@code N(0, scale)} entries with each row's mean subtracted. */
    private static double[] projectedNormals(RandomDraws draw, int rows, int colours, double scale) {
        double[] v = new double[rows * colours];
        for (int r = 0; r < rows; r++) {
            double mean = 0;
            for (int c = 0; c < colours; c++) {
                v[r * colours + c] = draw.normal(0, scale);
                mean += v[r * colours + c];
            }
            mean /= colours;
            for (int c = 0; c < colours; c++) v[r * colours + c] -= mean;
        }
        return v;
    }

    /** Row i in cell {@code i mod cells}, then the rows shuffled (Fisher-Yates), so the cells are balanced and in random order. */
    private static int[] balancedCells(int n, int cells, RandomDraws draw) {
        int[] cell = new int[n];
        for (int i = 0; i < n; i++) cell[i] = i % cells;
        for (int i = n - 1; i > 0; i--) {
            int j = draw.index(i + 1);
            int t = cell[i];
            cell[i] = cell[j];
            cell[j] = t;
        }
        return cell;
    }

    /** Labels in string order equal to index order: the palette when it is long enough, else {@code prefix} and a zero-padded number. */
    static List<String> labels(String prefix, int count, List<String> palette) {
        if (palette != null && count <= palette.size()) return palette.subList(0, count);
        int width = Integer.toString(count).length();
        List<String> out = new ArrayList<>(count);
        for (int k = 1; k <= count; k++) out.add(prefix + String.format(java.util.Locale.ROOT, "%0" + width + "d", k));
        return out;
    }

    private static Map<String, Integer> sizes(int rows, int groups, int colours, int features) {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put(ROWS, rows);
        m.put(GROUPS, groups);
        m.put(COLOURS, colours);
        m.put(FEATURES, features);
        return Collections.unmodifiableMap(m);
    }
}
