package org.bayes4j.models.trolley;

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
 * The generative program of both Trolley models (MODELS.md 6):
 * <pre>
 *   b_A, b_I, b_C      ~ N(0, 0.5)
 *   sigma_s, sigma_v   ~ Exponential(1)
 *   p_baseline         ~ Dirichlet(1, ..., 1)                 7 response levels
 *   kappa_k            = logit(p_1 + ... + p_k)               k = 1..6
 *   s_j = sigma_s z_j,  z_j ~ N(0, 1)                         j = 1..stories     (centred form: s_j ~ N(0, sigma_s))
 *   v_p = sigma_v w_p,  w_p ~ N(0, 1)                         p = 1..participants
 *   each participant answers `responses` items: story uniform over the stories,
 *   treatment (action, intention, contact) uniform over the six combinations
 *   of the real design, (0,0,0) (0,0,1) (0,1,0) (0,1,1) (1,0,0) (1,1,0)
 *   (contact is itself a kind of action, so action and contact never meet)
 *   phi_i              = b_A A_i + b_I I_i + b_C C_i + s[story_i] + v[id_i]
 *   R_i                = 1 + #{k : kappa_k < phi_i + e_i},    e_i ~ Logistic(0, 1)
 * </pre>
 * The last line is the latent-variable form of {@code OrderedLogistic(phi_i,
 * kappa)} (McCullagh 1980): {@code P(R <= k) = logistic(kappa_k - phi)}. The
 * logistic noise is drawn by inversion, {@code e = log(u / (1 - u))}.
 *
 * <p>The data set has the columns of {@code Trolley.csv} the models read
 * ({@code response} 1..7, {@code action}, {@code intention}, {@code contact},
 * {@code story} labelled {@code story01..}, {@code id} labelled {@code p001..}),
 * so simulated and real data go through the same reader. The truth is keyed
 * by the free variables of the form: {@code z_s}, {@code z_v} (non-centred)
 * or {@code s}, {@code v} (centred).
 *
 * <p>The default data set fixes the parameters at values near the published
 * fits to the real data (McElreath 2020, sections 12.3 and 13.x: {@link #DEFAULT_B},
 * {@link #DEFAULT_KAPPA}, sigma_s = {@value #DEFAULT_SIGMA_S},
 * sigma_v = {@value #DEFAULT_SIGMA_V}), draws the intercepts with seed
 * {@value #DEFAULT_SEED}, and has the real data's sizes: 331 participants,
 * 12 stories, 30 answers each.
 */
final class TrolleySimulator {

    /** The two parameterisations of the varying intercepts. */
    enum Form { NON_CENTRED, CENTRED }

    static final String PARTICIPANTS = "participants";
    static final String STORIES = "stories";
    static final String RESPONSES = "responses";

    static final Map<String, Integer> DEFAULT_SIZES = sizes(331, 12, 30);
    /** Small enough for a fit in a second or two; 12 stories kept, so sigma_s keeps the real data's information. */
    static final Map<String, Integer> VALIDATION_SIZES = sizes(40, 12, 10);

    static final long DEFAULT_SEED = 20061201L;
    static final double[] DEFAULT_B = {-0.5, -0.4, -0.9};
    static final double[] DEFAULT_KAPPA = {-2.6, -1.9, -1.3, -0.3, 0.4, 1.3};
    static final double DEFAULT_SIGMA_S = 0.5;
    static final double DEFAULT_SIGMA_V = 1.9;

    static final double B_SCALE = 0.5;
    static final int CUTS = TrolleyData.LEVELS - 1;

    /** The six treatment combinations (action, intention, contact) of the real design. */
    private static final int[][] TREATMENTS = {{0, 0, 0}, {0, 0, 1}, {0, 1, 0}, {0, 1, 1}, {1, 0, 0}, {1, 1, 0}};

    private TrolleySimulator() {}

    static List<String> parameterNames(Form form) {
        return form == Form.NON_CENTRED
                ? List.of("b_A", "b_I", "b_C", "sigma_s", "sigma_v", "p_baseline", "z_s", "z_v")
                : List.of("b_A", "b_I", "b_C", "sigma_s", "sigma_v", "p_baseline", "s", "v");
    }

    static Simulation simulate(String model, Form form, UniformRandomProvider rng, Map<String, Integer> sizes,
                               Map<String, double[]> parameters, String source) {
        SimulationSizes size = SimulationSizes.resolve(model, DEFAULT_SIZES, sizes);
        int numParticipants = size.get(PARTICIPANTS), numStories = size.get(STORIES), perParticipant = size.get(RESPONSES);
        FixedParameters fixed = FixedParameters.of(model, parameters, parameterNames(form));
        RandomDraws draw = new RandomDraws(rng);

        double bA = fixed.scalar("b_A", () -> draw.normal(0, B_SCALE), FixedParameters::finite, "finite");
        double bI = fixed.scalar("b_I", () -> draw.normal(0, B_SCALE), FixedParameters::finite, "finite");
        double bC = fixed.scalar("b_C", () -> draw.normal(0, B_SCALE), FixedParameters::finite, "finite");
        double sigmaS = fixed.scalar("sigma_s", () -> draw.exponential(1), FixedParameters::positive, "positive");
        double sigmaV = fixed.scalar("sigma_v", () -> draw.exponential(1), FixedParameters::positive, "positive");
        double[] p = baselineProbabilities(model, fixed, draw);
        double[] kappa = Cutpoints.fromProbabilities(p);

        double[] s, v;
        if (form == Form.NON_CENTRED) {
            double[] zS = fixed.vector("z_s", numStories, j -> draw.normal(0, 1), FixedParameters::finite, "finite", "stories");
            double[] zV = fixed.vector("z_v", numParticipants, j -> draw.normal(0, 1), FixedParameters::finite, "finite", "participants");
            s = scaled(zS, sigmaS);
            v = scaled(zV, sigmaV);
        } else {
            s = fixed.vector("s", numStories, j -> draw.normal(0, sigmaS), FixedParameters::finite, "finite", "stories");
            v = fixed.vector("v", numParticipants, j -> draw.normal(0, sigmaV), FixedParameters::finite, "finite", "participants");
        }

        int n = numParticipants * perParticipant;
        int[] response = new int[n], action = new int[n], intention = new int[n], contact = new int[n];
        List<String> story = new ArrayList<>(n), id = new ArrayList<>(n);
        for (int person = 0, i = 0; person < numParticipants; person++) {
            for (int t = 0; t < perParticipant; t++, i++) {
                int j = draw.index(numStories);
                int[] treatment = TREATMENTS[draw.index(TREATMENTS.length)];
                action[i] = treatment[0];
                intention[i] = treatment[1];
                contact[i] = treatment[2];
                double phi = bA * action[i] + bI * intention[i] + bC * contact[i] + s[j] + v[person];
                response[i] = 1 + orderedLogistic(rng, phi, kappa);
                story.add(label("story", j, numStories));
                id.add(label("p", person, numParticipants));
            }
        }

        String name = source != null ? source
                : "simulated " + model + " (" + numParticipants + " participants, " + numStories + " stories, " + perParticipant + " answers each)";
        ModelData data = ModelData.builder(name)
                .put(TrolleyData.RESPONSE, response, n)
                .put(TrolleyData.ACTION, action, n)
                .put(TrolleyData.INTENTION, intention, n)
                .put(TrolleyData.CONTACT, contact, n)
                .strings(TrolleyData.STORY, story)
                .strings(TrolleyData.ID, id)
                .build();
        return new Simulation(data, orderedTruth(fixed.truth(), form));
    }

    /** The default data set of {@code form}: the documented parameters, the real data's sizes, seed {@value #DEFAULT_SEED}. */
    static ModelData defaultData(String model, Form form) {
        Map<String, double[]> truth = new LinkedHashMap<>();
        truth.put("b_A", new double[] {DEFAULT_B[0]});
        truth.put("b_I", new double[] {DEFAULT_B[1]});
        truth.put("b_C", new double[] {DEFAULT_B[2]});
        truth.put("sigma_s", new double[] {DEFAULT_SIGMA_S});
        truth.put("sigma_v", new double[] {DEFAULT_SIGMA_V});
        truth.put("p_baseline", Cutpoints.toProbabilities(DEFAULT_KAPPA));
        String source = "simulated " + model + " (331 participants, 12 stories, 30 answers each; seed " + DEFAULT_SEED
                + ", parameters of TrolleySimulator)";
        return simulate(model, form, RandomDraws.seeded(DEFAULT_SEED), null, truth, source).data();
    }

    /**
     * Given, checked to be a probability vector of 7 positive entries summing
     * to 1, or drawn from Dirichlet(1, ..., 1) as independent Exponential(1)
     * draws divided by their sum (Devroye 1986, §XI.4.1).
     */
    private static double[] baselineProbabilities(String model, FixedParameters fixed, RandomDraws draw) {
        double[][] drawn = new double[1][];
        double[] p = fixed.vector("p_baseline", TrolleyData.LEVELS, k -> {
            if (k == 0) {
                double[] e = new double[TrolleyData.LEVELS];
                double total = 0;
                for (int j = 0; j < e.length; j++) total += e[j] = draw.exponential(1);
                for (int j = 0; j < e.length; j++) e[j] /= total;
                drawn[0] = e;
            }
            return drawn[0][k];
        }, FixedParameters::positive, "positive", "response levels");
        double total = 0;
        for (double x : p) total += x;
        if (Math.abs(total - 1) > 1e-9) {
            throw new IllegalArgumentException(model + ": parameter 'p_baseline' sums to " + total + ", but must sum to 1");
        }
        return p;
    }

    /** One ordered-logistic draw, 0-based: the number of cutpoints below the latent {@code phi + e}. */
    static int orderedLogistic(UniformRandomProvider rng, double phi, double[] kappa) {
        double u = rng.nextDouble();
        while (u == 0) u = rng.nextDouble();
        double latent = phi + Math.log(u / (1 - u));
        int k = 0;
        while (k < kappa.length && kappa[k] < latent) k++;
        return k;
    }

    private static double[] scaled(double[] z, double sigma) {
        double[] out = new double[z.length];
        for (int j = 0; j < z.length; j++) out[j] = sigma * z[j];
        return out;
    }

    /** {@code prefix} and the 1-based index, zero-padded to the width of {@code count} ({@code story01}, {@code p001}). */
    static String label(String prefix, int index, int count) {
        int width = Math.max(2, Integer.toString(count).length());
        return prefix + String.format("%0" + width + "d", index + 1);
    }

    /** The truth in the order of the form's free variables. */
    private static Map<String, double[]> orderedTruth(Map<String, double[]> truth, Form form) {
        Map<String, double[]> out = new LinkedHashMap<>();
        for (String name : parameterNames(form)) out.put(name, truth.get(name));
        return Collections.unmodifiableMap(out);
    }

    private static Map<String, Integer> sizes(int participants, int stories, int responses) {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put(PARTICIPANTS, participants);
        m.put(STORIES, stories);
        m.put(RESPONSES, responses);
        return Collections.unmodifiableMap(m);
    }
}
