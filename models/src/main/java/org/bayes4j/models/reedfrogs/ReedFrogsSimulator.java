package org.bayes4j.models.reedfrogs;

import java.util.Map;

import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.models.support.FixedParameters;
import org.bayes4j.models.support.RandomDraws;
import org.bayes4j.models.support.SimulationSizes;
import org.bayes4j.spi.model.ModelData;
import org.bayes4j.spi.model.Simulation;

/**
 * The generative program of the reed-frog models ({@link TankModel}):
 * <pre>
 *   alpha_bar ~ N(0, 1.5)
 *   sigma     ~ Exponential(1)                     (5b: the constant 1)
 *   beta_P    ~ N(0, 0.5)                          (5c only)
 *   alpha_j   = alpha_bar + sigma z_j,  z_j ~ N(0, 1)     j = 1..tanks
 *   surv_j    ~ Binomial(density_j, logistic(alpha_j + beta_P P_j))
 * </pre>
 * The centred models report {@code alpha}, the non-centred ones {@code z}
 * (a fixed value of either is used as given); both draw the same stream, so
 * one seed gives the same data in both forms.
 *
 * <p>The design is that of the experiment: densities 10, 25, 35 in turn
 * ({@code density_j = (10, 25, 35)[j mod 3]}, 0-based {@code j}), and for the
 * predator models predators in alternate blocks of three tanks
 * ({@code P_j = floor(j / 3) mod 2}), so the default 48 tanks have 8 in each
 * cell of density by predators, as in Vonesh &amp; Bolker's data.
 *
 * <p>The default data sets fix the hyperparameters and draw the 48 tank
 * effects and the survivors with seed {@value #DEFAULT_SEED}: near the
 * posterior for the real data, {@code alpha_bar = 1.4, sigma = 1.6}; for the
 * predator models {@code alpha_bar = 2.0, sigma = 0.8, beta_P = -1.0}.
 */
final class ReedFrogsSimulator {

    static final String TANKS = "tanks";
    static final Map<String, Integer> DEFAULT_SIZES = Map.of(TANKS, 48);
    static final Map<String, Integer> VALIDATION_SIZES = Map.of(TANKS, 16);
    static final long DEFAULT_SEED = 20240501L;
    static final double DEFAULT_ALPHA_BAR = 1.4;
    static final double DEFAULT_SIGMA = 1.6;
    static final double DEFAULT_PREDATOR_ALPHA_BAR = 2.0;
    static final double DEFAULT_PREDATOR_SIGMA = 0.8;
    static final double DEFAULT_BETA_P = -1.0;

    private static final int[] DENSITY_CYCLE = {10, 25, 35};

    private ReedFrogsSimulator() {}

    static Simulation simulate(TankModel variant, UniformRandomProvider rng, Map<String, Integer> sizes, Map<String, double[]> parameters,
                               String source) {
        String model = variant.modelName;
        int tanks = SimulationSizes.resolve(model, DEFAULT_SIZES, sizes).get(TANKS);
        FixedParameters fixed = FixedParameters.of(model, parameters, variant.freeVariables());
        RandomDraws draw = new RandomDraws(rng);

        double alphaBar = fixed.scalar("alpha_bar", () -> draw.normal(0, 1.5), FixedParameters::finite, "finite");
        double sigma = variant.fixedSigma ? ReedFrogsData.DEFAULT_FIXED_SIGMA
                : fixed.scalar("sigma", () -> draw.exponential(1), FixedParameters::positive, "positive");
        double betaP = variant.predators ? fixed.scalar("beta_P", () -> draw.normal(0, 0.5), FixedParameters::finite, "finite") : 0;
        double[] alpha;
        if (variant.nonCentred) {
            double[] z = fixed.vector("z", tanks, j -> draw.normal(0, 1), FixedParameters::finite, "finite", TANKS);
            alpha = new double[tanks];
            for (int j = 0; j < tanks; j++) alpha[j] = alphaBar + sigma * z[j];
        } else {
            alpha = fixed.vector("alpha", tanks, j -> draw.normal(alphaBar, sigma), FixedParameters::finite, "finite", TANKS);
        }

        int[] density = new int[tanks];
        int[] predators = new int[tanks];
        int[] survivors = new int[tanks];
        for (int j = 0; j < tanks; j++) {
            density[j] = DENSITY_CYCLE[j % DENSITY_CYCLE.length];
            predators[j] = variant.predators ? (j / DENSITY_CYCLE.length) % 2 : 0;
            survivors[j] = draw.binomial(density[j], RandomDraws.logistic(alpha[j] + betaP * predators[j]));
        }
        ModelData.Builder data = ModelData.builder(source == null ? "simulated " + model + " (" + tanks + " tanks)" : source)
                .put("density", density, tanks)
                .put("surv", survivors, tanks);
        if (variant.predators) data.put("pred", predators, tanks);
        if (variant.fixedSigma) data.scalar("sigma", sigma);
        return new Simulation(data.build(), fixed.truth());
    }

    /** The default data set: 48 tanks simulated with the fixed seed and hyperparameters documented above. */
    static ModelData defaultData(TankModel variant) {
        double alphaBar = variant.predators ? DEFAULT_PREDATOR_ALPHA_BAR : DEFAULT_ALPHA_BAR;
        double sigma = variant.predators ? DEFAULT_PREDATOR_SIGMA : DEFAULT_SIGMA;
        Map<String, double[]> hyper = new java.util.LinkedHashMap<>();
        hyper.put("alpha_bar", new double[] {alphaBar});
        StringBuilder source = new StringBuilder("simulated " + variant.modelName + " (48 tanks, seed " + DEFAULT_SEED + ", alpha_bar " + alphaBar);
        if (!variant.fixedSigma) {
            hyper.put("sigma", new double[] {sigma});
            source.append(", sigma ").append(sigma);
        }
        if (variant.predators) {
            hyper.put("beta_P", new double[] {DEFAULT_BETA_P});
            source.append(", beta_P ").append(DEFAULT_BETA_P);
        }
        return simulate(variant, RandomDraws.seeded(DEFAULT_SEED), null, hyper, source.append(')').toString()).data();
    }
}
