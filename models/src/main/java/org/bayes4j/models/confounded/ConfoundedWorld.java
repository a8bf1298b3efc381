package org.bayes4j.models.confounded;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.models.support.RandomDraws;
import org.bayes4j.models.support.SimulationSizes;
import org.bayes4j.spi.model.ModelData;

/**
 * The data-generating process of catalogue model 7, the "world" the five
 * estimators are compared in (it is none of their generative models):
 * <pre>
 *   Z_g ~ N(0, 1)        observed group trait          g = 1..G
 *   U_g ~ N(0, 1.5)      unobserved confound
 *   X_i ~ N(U_{g[i]}, 1)
 *   Y_i ~ Bernoulli(logistic(-2 + X_i + U_{g[i]} - 0.5 Z_{g[i]}))
 * </pre>
 * so the effects to recover are {@code b_X = 1} and {@code b_Z = -0.5}.
 * Individuals are assigned to groups at random, with every group given at
 * least one member: the first G individuals are dealt one to each group in a
 * random order, the others fall in a uniformly chosen group. {@code Z} is
 * written per individual, as a CSV file would hold it.
 */
public final class ConfoundedWorld {

    static final String GROUPS = "groups";
    static final String INDIVIDUALS = "individuals";
    /** Default sizes, groups first (the model's first dim). */
    static final Map<String, Integer> DEFAULT_SIZES = ordered(30, 200);
    static final Map<String, Integer> VALIDATION_SIZES = ordered(8, 60);
    static final long DEFAULT_SEED = 20240707L;

    public static final double INTERCEPT = -2;
    public static final double B_X = 1;
    public static final double B_Z = -0.5;
    public static final double SD_U = 1.5;

    private ConfoundedWorld() {}

    /** The covariates of a data set: groups, their traits and confounds, and X drawn given U. */
    record Design(int[] group, double[] z, double[] u, double[] x) {}

    /** Group assignment, {@code Z} and {@code U} per group; {@code X} per individual when {@code drawX}, else null. */
    static Design design(RandomDraws draw, String model, int groups, int individuals, boolean drawX) {
        if (individuals < groups) {
            throw new IllegalArgumentException(model + ": size 'individuals' is " + individuals + ", but must be >= 'groups' (" + groups
                    + ") so that every group has a member");
        }
        int[] group = new int[individuals];
        int[] deal = new int[groups];
        for (int g = 0; g < groups; g++) deal[g] = g;
        for (int g = groups - 1; g > 0; g--) {
            int j = draw.index(g + 1);
            int t = deal[g];
            deal[g] = deal[j];
            deal[j] = t;
        }
        for (int i = 0; i < individuals; i++) group[i] = i < groups ? deal[i] : draw.index(groups);
        double[] z = new double[groups], u = new double[groups];
        for (int g = 0; g < groups; g++) {
            z[g] = draw.normal(0, 1);
            u[g] = draw.normal(0, SD_U);
        }
        double[] x = null;
        if (drawX) {
            x = new double[individuals];
            for (int i = 0; i < individuals; i++) x[i] = draw.normal(u[group[i]], 1);
        }
        return new Design(group, z, u, x);
    }

    /** A data set of the world with the given sizes ({@code groups}, {@code individuals}). */
    public static ModelData simulate(UniformRandomProvider rng, Map<String, Integer> sizes, String source) {
        SimulationSizes s = SimulationSizes.resolve("confounded world", DEFAULT_SIZES, sizes);
        int groups = s.get(GROUPS), individuals = s.get(INDIVIDUALS);
        RandomDraws draw = new RandomDraws(rng);
        Design d = design(draw, "confounded world", groups, individuals, true);
        int[] y = new int[individuals];
        for (int i = 0; i < individuals; i++) {
            int g = d.group()[i];
            y[i] = draw.bernoulli(RandomDraws.logistic(INTERCEPT + B_X * d.x()[i] + d.u()[g] + B_Z * d.z()[g]));
        }
        return data(source == null ? "simulated confounded world (" + groups + " groups, " + individuals + " individuals)" : source,
                d.group(), d.x(), y, d.z());
    }

    /** The default data of every estimator: the world at the default sizes, seed {@value #DEFAULT_SEED}. */
    static ModelData defaultData() {
        return simulate(RandomDraws.seeded(DEFAULT_SEED), null,
                "simulated confounded world (30 groups, 200 individuals, seed " + DEFAULT_SEED + ")");
    }

    /** Individuals' columns, {@code Z} repeated per individual. */
    static ModelData data(String source, int[] group, double[] x, int[] y, double[] zByGroup) {
        int n = group.length;
        double[] z = new double[n];
        for (int i = 0; i < n; i++) z[i] = zByGroup[group[i]];
        return ModelData.builder(source).put("group", group, n).put("X", x, n).put("Y", y, n).put("Z", z, n).build();
    }

    private static Map<String, Integer> ordered(int groups, int individuals) {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put(GROUPS, groups);
        m.put(INDIVIDUALS, individuals);
        return Collections.unmodifiableMap(m);
    }
}
