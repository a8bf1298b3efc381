package org.bayes4j.models.reedfrogs;

import java.util.List;
import java.util.Map;

import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.models.support.FixedParameters;
import org.bayes4j.models.support.RandomDraws;
import org.bayes4j.models.support.SimulationSizes;
import org.bayes4j.spi.model.ModelData;
import org.bayes4j.spi.model.Simulation;

/**
 * The generative program of the multilevel reed-frog model:
 * <pre>
 *   alpha_bar ~ N(0, 1.5)
 *   sigma     ~ Exponential(1)
 *   alpha_j   ~ N(alpha_bar, sigma)                 j = 1..tanks
 *   surv_j    ~ Binomial(density_j, logistic(alpha_j))
 * </pre>
 * The design is that of the experiment: densities 10, 25, 35 repeated in
 * turn ({@code density_j = (10, 25, 35)[(j - 1) mod 3]}), so the default 48
 * tanks have 16 of each, as in Vonesh &amp; Bolker's data.
 *
 * <p>The default data set ({@link #defaultData(String)}) fixes the hyperparameters
 * near their posterior for the real data, {@code alpha_bar = 1.4} and
 * {@code sigma = 1.6}, and draws the 48 tank effects and the survivors with
 * seed {@value #DEFAULT_SEED}.
 */
final class ReedFrogsSimulator {

    static final String TANKS = "tanks";
    static final Map<String, Integer> DEFAULT_SIZES = Map.of(TANKS, 48);
    static final long DEFAULT_SEED = 20240501L;
    static final double DEFAULT_ALPHA_BAR = 1.4;
    static final double DEFAULT_SIGMA = 1.6;

    private static final int[] DENSITY_CYCLE = {10, 25, 35};

    private ReedFrogsSimulator() {}

    static Simulation simulate(String model, UniformRandomProvider rng, Map<String, Integer> sizes, Map<String, double[]> parameters,
                               String source) {
        int tanks = SimulationSizes.resolve(model, DEFAULT_SIZES, sizes).get(TANKS);
        FixedParameters fixed = FixedParameters.of(model, parameters, List.of("alpha_bar", "sigma", "alpha"));
        RandomDraws draw = new RandomDraws(rng);

        double alphaBar = fixed.scalar("alpha_bar", () -> draw.normal(0, 1.5), FixedParameters::finite, "finite");
        double sigma = fixed.scalar("sigma", () -> draw.exponential(1), FixedParameters::positive, "positive");
        double[] alpha = fixed.vector("alpha", tanks, j -> draw.normal(alphaBar, sigma), FixedParameters::finite, "finite", TANKS);

        int[] density = new int[tanks];
        int[] survivors = new int[tanks];
        for (int j = 0; j < tanks; j++) {
            density[j] = DENSITY_CYCLE[j % DENSITY_CYCLE.length];
            survivors[j] = draw.binomial(density[j], RandomDraws.logistic(alpha[j]));
        }
        ModelData data = ModelData.builder(source == null ? "simulated " + model + " (" + tanks + " tanks)" : source)
                .put("density", density, tanks)
                .put("surv", survivors, tanks)
                .build();
        return new Simulation(data, fixed.truth());
    }

    /** The default data set: 48 tanks simulated with the fixed seed and hyperparameters documented above. */
    static ModelData defaultData(String model) {
        String source = "simulated " + model + " (48 tanks, seed " + DEFAULT_SEED + ", alpha_bar " + DEFAULT_ALPHA_BAR
                + ", sigma " + DEFAULT_SIGMA + ")";
        Map<String, double[]> hyper = Map.of("alpha_bar", new double[] {DEFAULT_ALPHA_BAR}, "sigma", new double[] {DEFAULT_SIGMA});
        return simulate(model, RandomDraws.seeded(DEFAULT_SEED), null, hyper, source).data();
    }
}
