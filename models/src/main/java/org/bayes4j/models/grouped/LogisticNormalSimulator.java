package org.bayes4j.models.grouped;

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
 * The generative program of the correlated-random-effects multinomial
 * (catalogue model 2), with {@code d = K - 1} effects per group:
 * <pre>
 *   L      ~ LKJCholeskyCov(eta = 1, sd_dist = HalfStudentT(3, 2))   L = diag(s) L_Omega
 *   mu_k   ~ N(0, 1)                                                  k = 1..d
 *   z_g    ~ N(0, I_d),  u_g = L z_g                                  g = 1..G
 *   N_g    ~ Poisson(trials)
 *   n_g    ~ Multinomial(N_g, softmax([0, mu + u_g]))
 * </pre>
 * Draws are taken in this order (the scales s, then the C-vine correlations,
 * then mu, z and the data), so the centred and non-centred models simulate
 * the same data from one seed; their truths differ only in recording
 * {@code z} or {@code group_effects = L z}.
 *
 * <p>The default data set fixes the covariance of {@code MODELS.md}: standard
 * deviations (0.5, 1.0), correlation 0.7, {@code mu = 0}, 100 groups with
 * {@code N_g ~ Poisson(30)}, seed {@value #DEFAULT_SEED}. The
 * Dirichlet-multinomial model uses the same counts, so the two are compared
 * on one data set.
 */
final class LogisticNormalSimulator {

    static final String GROUPS = "groups";
    static final String CATEGORIES = "categories";
    static final String TRIALS = "trials";
    static final Map<String, Integer> DEFAULT_SIZES = sizes(100, 3, 30);
    /** Small enough that a fit takes well under a second (SBC and recovery in the test suite). */
    static final Map<String, Integer> VALIDATION_SIZES = sizes(12, 3, 20);
    static final long DEFAULT_SEED = 20240611L;
    static final double[] DEFAULT_SDS = {0.5, 1.0};
    static final double DEFAULT_CORRELATION = 0.7;

    /** The LKJ shape and the half-t prior of the scales, as in the model. */
    static final double LKJ_ETA = 1;
    static final double SD_NU = 3;
    static final double SD_SCALE = 2;

    private LogisticNormalSimulator() {}

    /** Which free variable carries the group effects: {@code z} (non-centred) or {@code group_effects} (centred). */
    enum Form { NON_CENTERED, CENTERED }

    static Map<String, Integer> sizes(int groups, int categories, int trials) {
        Map<String, Integer> s = new LinkedHashMap<>();
        s.put(GROUPS, groups);
        s.put(CATEGORIES, categories);
        s.put(TRIALS, trials);
        return Collections.unmodifiableMap(s);
    }

    static Simulation simulate(String model, Form form, UniformRandomProvider rng, Map<String, Integer> sizes,
                               Map<String, double[]> parameters, String source) {
        SimulationSizes resolved = SimulationSizes.resolve(model, DEFAULT_SIZES, sizes);
        int groups = resolved.get(GROUPS);
        int k = resolved.get(CATEGORIES);
        if (k < 2) throw new IllegalArgumentException(model + ": size '" + CATEGORIES + "' is " + k + ", but must be >= 2");
        int d = k - 1;
        double meanTrials = resolved.get(TRIALS);
        String effects = form == Form.NON_CENTERED ? "z" : "group_effects";
        FixedParameters fixed = FixedParameters.of(model, parameters, List.of("L", "mu", effects));
        CountDraws draw = new CountDraws(rng);

        double[][] prior = new double[1][];
        double[] l = fixed.vector("L", d * d, i -> {
            if (prior[0] == null) prior[0] = priorCholesky(draw, d);
            return prior[0][i];
        }, FixedParameters::finite, "finite", "entries of a " + d + " x " + d + " Cholesky factor");
        CholeskyFactors.requireCholesky(model, "L", l, d);
        double[] mu = fixed.vector("mu", d, i -> draw.normal(0, 1), FixedParameters::finite, "finite", "effects");

        double[] u;
        if (form == Form.NON_CENTERED) {
            double[] z = fixed.vector("z", groups * d, i -> draw.standardNormal(), FixedParameters::finite, "finite", "group effects");
            u = CholeskyFactors.multiplyRows(l, z, d);
        } else {
            // the same stream as the non-centred form: u_g = L z_g with z_g standard normal
            u = fixed.vector("group_effects", groups * d, new FixedParameters.ElementPrior() {
                private double[] drawn;
                @Override public double draw(int i) {
                    if (drawn == null) {
                        double[] z = new double[groups * d];
                        for (int j = 0; j < z.length; j++) z[j] = draw.standardNormal();
                        drawn = CholeskyFactors.multiplyRows(l, z, d);
                    }
                    return drawn[i];
                }
            }, FixedParameters::finite, "finite", "group effects");
        }

        int[] counts = new int[groups * k];
        int[] trials = new int[groups];
        double[] eta = new double[k];
        for (int g = 0; g < groups; g++) {
            trials[g] = draw.poisson(meanTrials);
            for (int j = 0; j < d; j++) eta[j + 1] = mu[j] + u[g * d + j];
            int[] n = draw.multinomial(trials[g], softmax(eta));
            System.arraycopy(n, 0, counts, g * k, k);
        }
        GroupedCounts data = new GroupedCounts(counts, trials, k, null);
        String name = source == null ? "simulated " + model + " (" + groups + " groups, " + k + " categories)" : source;
        return new Simulation(data.toModelData(name), fixed.truth());
    }

    /** L = diag(s) L_Omega with s_i ~ HalfStudentT(3, 2) and L_Omega ~ LKJ(1), scales drawn first. */
    static double[] priorCholesky(CountDraws draw, int d) {
        double[] s = new double[d];
        for (int i = 0; i < d; i++) s[i] = draw.halfStudentT(SD_NU, SD_SCALE);
        double[] omega = draw.lkjCorrCholesky(d, LKJ_ETA);
        for (int i = 0; i < d; i++) for (int j = 0; j <= i; j++) omega[i * d + j] *= s[i];
        return omega;
    }

    /** Softmax of a logit vector, shifted by its maximum so no exponential overflows. */
    static double[] softmax(double[] eta) {
        double max = Double.NEGATIVE_INFINITY;
        for (double e : eta) max = Math.max(max, e);
        double[] p = new double[eta.length];
        double sum = 0;
        for (int k = 0; k < eta.length; k++) {
            p[k] = Math.exp(eta[k] - max);
            sum += p[k];
        }
        for (int k = 0; k < eta.length; k++) p[k] /= sum;
        return p;
    }

    /** The default data: the covariance, mean and sizes documented above, seed {@value #DEFAULT_SEED}. */
    static ModelData defaultData(String model) {
        String source = "simulated grouped multinomial (100 groups, N_g ~ Poisson(30), sds (0.5, 1.0), correlation 0.7, mu 0, seed "
                + DEFAULT_SEED + ")";
        Map<String, double[]> truth = Map.of(
                "L", CholeskyFactors.fromScalesAndCorrelation(DEFAULT_SDS, DEFAULT_CORRELATION),
                "mu", new double[DEFAULT_SDS.length]);
        return simulate(model, Form.NON_CENTERED, RandomDraws.seeded(DEFAULT_SEED), null, truth, source).data();
    }
}
