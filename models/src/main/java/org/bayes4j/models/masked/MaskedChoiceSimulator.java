package org.bayes4j.models.masked;

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
 * The generative programs of catalogue model 4, with {@code K} categories
 * (the last, "other", the reference with logit 0 and always available) and
 * {@code J = K - 1} non-reference categories:
 * <pre>
 *   4a  alpha_j ~ N(0, 1.5), beta_j ~ N(0, 1)
 *       eta_ij = alpha_j + beta_j x_i
 *   4b  mu_j = (mu_j0, mu_j1) ~ N(0, (1.5, 1))             intercept and slope means
 *       L_j ~ LKJCholeskyCov(n = 2, eta = 4, sd_dist = Exponential(1))
 *       z_cj ~ N(0, I_2),  e_cj = mu_j + L_j z_cj            cluster effects (a_cj, b_cj)
 *       eta_ij = a_{c[i] j} + b_{c[i] j} x_i
 *   4c  as 4a, and w ~ Dirichlet(1, 1, 1); row i hides category 3 with
 *       probability w_0, category 4 with w_1, nothing with w_2
 *   rows: c[i] ~ Uniform{0..C-1} (4b), x_i ~ N(0, 1),
 *         a_ij ~ Bernoulli(0.7) for j &lt; K-1, a_i,K-1 = 1 (4a, 4b),
 *         N_i ~ Uniform{1..max_trials},
 *         n_i ~ Multinomial(N_i, softmax over the available categories of [eta_i, 0])
 * </pre>
 * Draws are taken in this order (parameters, then each row's cluster,
 * predictor, mask, trials and counts). The two forms of 4b record {@code z}
 * or {@code cluster_effects} but draw the same stream, so one seed gives
 * them the same data. 4c does not record the masks it used.
 */
final class MaskedChoiceSimulator {

    static final String CLUSTERS = "clusters";
    static final String OBSERVATIONS = "observations";
    static final String CATEGORIES = "categories";
    static final String MAX_TRIALS = "max_trials";

    static final double ALPHA_SD = 1.5;
    static final double BETA_SD = 1.0;
    static final double LKJ_ETA = 4;
    static final double SD_RATE = 1;
    static final double AVAILABLE_PROBABILITY = 0.7;
    /** The categories (0-based) that 4c's first two components hide. */
    static final int[] HIDDEN = {3, 4};
    static final long DEFAULT_SEED = 20261207L;

    /** Which catalogue variant: its parameters, and whether masks and clusters are recorded. */
    enum Form {
        MASKED(false), CENTERED(true), NON_CENTERED(true), MIXTURE(false);

        final boolean hasClusters;

        Form(boolean hasClusters) { this.hasClusters = hasClusters; }

        boolean recordsMasks() { return this != MIXTURE; }

        /** The free variables, in the model's declaration order. */
        List<String> parameters() {
            switch (this) {
                case MASKED: return List.of("alpha", "beta");
                case CENTERED: return List.of("mu", "L", "cluster_effects");
                case NON_CENTERED: return List.of("mu", "L", "z");
                default: return List.of("alpha", "beta", "w");
            }
        }

        Map<String, Integer> defaultSizes() {
            return hasClusters ? sizes(50, 2000, 7, 10) : sizes(0, 2000, 7, 10);
        }

        /** About a second per fit; 4c keeps its seven categories (it hides categories 3 and 4). */
        Map<String, Integer> validationSizes() {
            return hasClusters ? sizes(6, 150, 3, 10) : sizes(0, 150, this == MIXTURE ? 7 : 4, 10);
        }
    }

    private MaskedChoiceSimulator() {}

    /** The sizes map in a fixed key order; {@code clusters} first when present (it sizes the model's first dim). */
    static Map<String, Integer> sizes(int clusters, int observations, int categories, int maxTrials) {
        Map<String, Integer> s = new LinkedHashMap<>();
        if (clusters > 0) s.put(CLUSTERS, clusters);
        s.put(OBSERVATIONS, observations);
        s.put(CATEGORIES, categories);
        s.put(MAX_TRIALS, maxTrials);
        return Collections.unmodifiableMap(s);
    }

    static Simulation simulate(String model, Form form, UniformRandomProvider rng, Map<String, Integer> sizes,
                               Map<String, double[]> parameters, String source) {
        SimulationSizes resolved = SimulationSizes.resolve(model, form.defaultSizes(), sizes);
        int n = resolved.get(OBSERVATIONS);
        int k = resolved.get(CATEGORIES);
        int minCategories = form == Form.MIXTURE ? HIDDEN[1] + 2 : 2;
        if (k < minCategories) {
            throw new IllegalArgumentException(model + ": size '" + CATEGORIES + "' is " + k + ", but must be >= " + minCategories);
        }
        int j = k - 1;
        int clusters = form.hasClusters ? resolved.get(CLUSTERS) : 0;
        int maxTrials = resolved.get(MAX_TRIALS);
        FixedParameters fixed = FixedParameters.of(model, parameters, form.parameters());
        ChoiceDraws draw = new ChoiceDraws(rng);

        // eta(i, c) = intercept[cluster(i)][c] + slope[cluster(i)][c] * x_i; one "cluster" without clusters
        double[] intercept, slope;
        double[] w = null;
        if (form.hasClusters) {
            double[][] effects = clusterEffects(model, form, fixed, draw, clusters, j);
            intercept = effects[0];
            slope = effects[1];
        } else {
            intercept = fixed.vector("alpha", j, i -> draw.normal(0, ALPHA_SD), FixedParameters::finite, "finite", "non-reference categories");
            slope = fixed.vector("beta", j, i -> draw.normal(0, BETA_SD), FixedParameters::finite, "finite", "non-reference categories");
            if (form == Form.MIXTURE) {
                double[][] prior = new double[1][];
                w = fixed.vector("w", 3, i -> {
                    if (prior[0] == null) prior[0] = draw.uniformSimplex(3);
                    return prior[0][i];
                }, v -> v >= 0 && v <= 1, "in [0, 1]", "mixture components");
                requireSimplex(model, w);
            }
        }

        int[] counts = new int[n * k];
        int[] available = form.recordsMasks() ? new int[n * k] : null;
        int[] cluster = form.hasClusters ? new int[n] : null;
        double[] x = new double[n];
        int[] mask = new int[k];
        double[] eta = new double[k];
        for (int i = 0; i < n; i++) {
            int c = form.hasClusters ? draw.index(clusters) : 0;
            if (cluster != null) cluster[i] = c;
            x[i] = draw.normal(0, 1);
            java.util.Arrays.fill(mask, 1);
            if (form.recordsMasks()) {
                for (int m = 0; m < j; m++) mask[m] = draw.bernoulli(AVAILABLE_PROBABILITY);
                System.arraycopy(mask, 0, available, i * k, k);
            } else {
                int component = draw.categorical(w);
                if (component < HIDDEN.length) mask[HIDDEN[component]] = 0;
            }
            int trials = 1 + draw.index(maxTrials);
            for (int m = 0; m < j; m++) eta[m] = intercept[c * j + m] + slope[c * j + m] * x[i];
            eta[j] = 0;
            int[] row = draw.multinomial(trials, maskedSoftmax(eta, mask));
            System.arraycopy(row, 0, counts, i * k, k);
        }
        String from = source != null ? source : "simulated " + model + " (" + resolved + ")";
        MaskedChoices data = new MaskedChoices(counts, available, cluster, x, k, clusters);
        return new Simulation(data.toModelData(from), fixed.truth());
    }

    /**
     * The cluster intercepts and slopes of 4b, {@code [C * J]} each, as
     * {@code e_cj = mu_j + L_j z_cj}; the truth records {@code mu}, {@code L}
     * and, by form, {@code z} or {@code cluster_effects} ({@code [C, J, 2]}).
     */
    private static double[][] clusterEffects(String model, Form form, FixedParameters fixed, ChoiceDraws draw, int clusters, int j) {
        double[] mu = fixed.vector("mu", j * 2, i -> draw.normal(0, i % 2 == 0 ? ALPHA_SD : BETA_SD),
                FixedParameters::finite, "finite", "(category, coefficient) means");
        double[][] prior = new double[1][];
        double[] l = fixed.vector("L", j * 4, i -> {
            if (prior[0] == null) prior[0] = priorCholeskyFactors(draw, j);
            return prior[0][i];
        }, FixedParameters::finite, "finite", "entries of " + j + " Cholesky factors 2 x 2");
        requireCholesky2(model, l, j);
        double[] effects;
        if (form == Form.NON_CENTERED) {
            double[] z = fixed.vector("z", clusters * j * 2, i -> draw.normal(0, 1), FixedParameters::finite, "finite", "cluster effects");
            effects = applyFactors(mu, l, z, j);
        } else {
            double[][] drawn = new double[1][];
            effects = fixed.vector("cluster_effects", clusters * j * 2, i -> {
                if (drawn[0] == null) {
                    // the stream of the non-centred form: e = mu + L z with z standard normal
                    double[] z = new double[clusters * j * 2];
                    for (int m = 0; m < z.length; m++) z[m] = draw.normal(0, 1);
                    drawn[0] = applyFactors(mu, l, z, j);
                }
                return drawn[0][i];
            }, FixedParameters::finite, "finite", "cluster effects");
        }
        double[] intercept = new double[clusters * j];
        double[] slope = new double[clusters * j];
        for (int m = 0; m < clusters * j; m++) {
            intercept[m] = effects[2 * m];
            slope[m] = effects[2 * m + 1];
        }
        return new double[][] {intercept, slope};
    }

    /** {@code e_cj = mu_j + L_j z_cj} for {@code z} of shape {@code [C, J, 2]}, factors {@code [J, 2, 2]} row-major. */
    static double[] applyFactors(double[] mu, double[] l, double[] z, int j) {
        double[] e = new double[z.length];
        for (int b = 0; b < z.length / 2; b++) {
            int m = b % j;
            double z0 = z[2 * b], z1 = z[2 * b + 1];
            e[2 * b] = mu[2 * m] + l[4 * m] * z0;
            e[2 * b + 1] = mu[2 * m + 1] + l[4 * m + 2] * z0 + l[4 * m + 3] * z1;
        }
        return e;
    }

    /** {@code L_j = diag(s) [[1, 0], [r, sqrt(1 - r^2)]]} with {@code s ~ Exponential(1)} and r an LKJ(4) correlation. */
    private static double[] priorCholeskyFactors(ChoiceDraws draw, int j) {
        double[] l = new double[j * 4];
        for (int m = 0; m < j; m++) {
            double s0 = draw.exponential(SD_RATE), s1 = draw.exponential(SD_RATE);
            double r = draw.lkjCorrelation2(LKJ_ETA);
            l[4 * m] = s0;
            l[4 * m + 2] = s1 * r;
            l[4 * m + 3] = s1 * Math.sqrt(1 - r * r);
        }
        return l;
    }

    /** Each 2 x 2 block is lower triangular with a positive diagonal; fails naming {@code L[j, row, col]}. */
    private static void requireCholesky2(String model, double[] l, int j) {
        for (int m = 0; m < j; m++) {
            String where = null;
            if (l[4 * m + 1] != 0) where = "[" + m + ", 0, 1] is " + l[4 * m + 1] + ", but a Cholesky factor is zero above the diagonal";
            else if (!(l[4 * m] > 0)) where = "[" + m + ", 0, 0] is " + l[4 * m] + ", but the diagonal of a Cholesky factor must be positive";
            else if (!(l[4 * m + 3] > 0)) where = "[" + m + ", 1, 1] is " + l[4 * m + 3] + ", but the diagonal of a Cholesky factor must be positive";
            if (where != null) throw new IllegalArgumentException(model + ": parameter L" + where);
        }
    }

    private static void requireSimplex(String model, double[] w) {
        double sum = 0;
        for (double v : w) sum += v;
        if (Math.abs(sum - 1) > 1e-9) {
            throw new IllegalArgumentException(model + ": parameter 'w' sums to " + sum + ", but must be a simplex (sum 1)");
        }
    }

    /**
     * {@code p_k = a_k exp(eta_k) / sum_m a_m exp(eta_m)}: the softmax over
     * the available categories, shifted by their largest logit so no
     * exponential overflows; unavailable categories get probability 0.
     */
    static double[] maskedSoftmax(double[] eta, int[] available) {
        double max = Double.NEGATIVE_INFINITY;
        for (int m = 0; m < eta.length; m++) if (available[m] == 1) max = Math.max(max, eta[m]);
        double[] p = new double[eta.length];
        double sum = 0;
        for (int m = 0; m < eta.length; m++) {
            p[m] = available[m] == 1 ? Math.exp(eta[m] - max) : 0;
            sum += p[m];
        }
        for (int m = 0; m < eta.length; m++) p[m] /= sum;
        return p;
    }

    /** Default intercepts (4a, 4c) or intercept means (4b) of the six non-reference categories. */
    static final double[] DEFAULT_INTERCEPTS = {0.6, -0.4, 0.2, 0.0, -0.6, 0.4};
    /** Default slopes or slope means. */
    static final double[] DEFAULT_SLOPES = {0.5, -0.5, 0.25, -0.25, 0.0, 0.75};
    /** Default cluster standard deviations of (intercept, slope), and their correlation, in every category (4b). */
    static final double[] DEFAULT_SDS = {0.8, 0.4};
    static final double DEFAULT_CORRELATION = 0.3;
    /** Default mixture weights (hide c3, hide c4, full) of 4c. */
    static final double[] DEFAULT_WEIGHTS = {0.2, 0.2, 0.6};

    /**
     * A provider's default data: its own generative program at the default
     * sizes with the fixed parameters above (rather than one prior draw,
     * which can put a category's scale at 0.003 or its share at 1%), and
     * the remaining draws from seed {@value #DEFAULT_SEED}. Both forms of 4b
     * get the same data.
     */
    static ModelData defaultData(String model, Form form) {
        Form program = form == Form.CENTERED ? Form.NON_CENTERED : form;
        Map<String, double[]> truth = new LinkedHashMap<>();
        if (form.hasClusters) {
            double[] mu = new double[12];
            double[] l = new double[24];
            double s0 = DEFAULT_SDS[0], s1 = DEFAULT_SDS[1], r = DEFAULT_CORRELATION;
            for (int j = 0; j < 6; j++) {
                mu[2 * j] = DEFAULT_INTERCEPTS[j];
                mu[2 * j + 1] = DEFAULT_SLOPES[j];
                l[4 * j] = s0;
                l[4 * j + 2] = s1 * r;
                l[4 * j + 3] = s1 * Math.sqrt(1 - r * r);
            }
            truth.put("mu", mu);
            truth.put("L", l);
        } else {
            truth.put("alpha", DEFAULT_INTERCEPTS.clone());
            truth.put("beta", DEFAULT_SLOPES.clone());
            if (form == Form.MIXTURE) truth.put("w", DEFAULT_WEIGHTS.clone());
        }
        String source = "simulated " + model + " (" + form.defaultSizes() + ", intercepts " + java.util.Arrays.toString(DEFAULT_INTERCEPTS)
                + ", slopes " + java.util.Arrays.toString(DEFAULT_SLOPES)
                + (form.hasClusters ? ", cluster sds " + java.util.Arrays.toString(DEFAULT_SDS) + " correlation " + DEFAULT_CORRELATION : "")
                + (form == Form.MIXTURE ? ", weights " + java.util.Arrays.toString(DEFAULT_WEIGHTS) : "")
                + ", seed " + DEFAULT_SEED + ")";
        return simulate(model, program, RandomDraws.seeded(DEFAULT_SEED), null, truth, source).data();
    }
}
