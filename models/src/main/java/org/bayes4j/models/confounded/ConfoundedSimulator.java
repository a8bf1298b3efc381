package org.bayes4j.models.confounded;

import java.util.Map;

import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.models.support.FixedParameters;
import org.bayes4j.models.support.RandomDraws;
import org.bayes4j.models.support.SimulationSizes;
import org.bayes4j.spi.model.ModelData;
import org.bayes4j.spi.model.Simulation;

/**
 * Each estimator's own generative model, for SBC and recovery: its
 * parameters from its prior (unless fixed), the covariates from the world's
 * design ({@link ConfoundedWorld#design}: groups, {@code Z}, and {@code X}
 * given the confound {@code U}), then the outcome from the estimator's
 * likelihood,
 * <pre>
 *   logit p_i = alpha_{g[i]} + b_X X_i + b_Z Z_{g[i]} [+ b_Xbar Xbar_{g[i]}] [+ b_GY G_{g[i]}],   Y_i ~ Bernoulli(p_i)
 * </pre>
 * with a single {@code alpha} for the naive model. The latent Mundlak model
 * also generates {@code X}: {@code X_i ~ N(a_X + b_GX G_{g[i]}, sigma_X)}.
 * Parameters are drawn first, in declaration order, then the design, then
 * the outcome.
 */
final class ConfoundedSimulator {

    private ConfoundedSimulator() {}

    static Simulation simulate(Estimator estimator, UniformRandomProvider rng, Map<String, Integer> sizes, Map<String, double[]> parameters) {
        String model = estimator.modelName;
        SimulationSizes s = SimulationSizes.resolve(model, ConfoundedWorld.DEFAULT_SIZES, sizes);
        int groups = s.get(ConfoundedWorld.GROUPS), individuals = s.get(ConfoundedWorld.INDIVIDUALS);
        FixedParameters fixed = FixedParameters.of(model, parameters, estimator.freeVariables());
        RandomDraws draw = new RandomDraws(rng);
        String g = ConfoundedWorld.GROUPS;

        double[] alpha;
        switch (estimator) {
            case NAIVE -> {
                double a = fixed.scalar("alpha", () -> draw.normal(0, 10), FixedParameters::finite, "finite");
                alpha = new double[groups];
                java.util.Arrays.fill(alpha, a);
            }
            case FIXED_EFFECTS -> alpha = fixed.vector("alpha", groups, j -> draw.normal(0, 10), FixedParameters::finite, "finite", g);
            default -> {
                double alphaBar = fixed.scalar("alpha_bar", () -> draw.normal(0, 1), FixedParameters::finite, "finite");
                double tau = fixed.scalar("tau", () -> draw.exponential(1), FixedParameters::positive, "positive");
                if (estimator.nonCentred()) {
                    double[] z = fixed.vector("z", groups, j -> draw.normal(0, 1), FixedParameters::finite, "finite", g);
                    alpha = new double[groups];
                    for (int j = 0; j < groups; j++) alpha[j] = alphaBar + tau * z[j];
                } else {
                    alpha = fixed.vector("alpha", groups, j -> draw.normal(alphaBar, tau), FixedParameters::finite, "finite", g);
                }
            }
        }
        double bX = fixed.scalar("b_X", () -> draw.normal(0, 1), FixedParameters::finite, "finite");
        double bZ = fixed.scalar("b_Z", () -> draw.normal(0, 1), FixedParameters::finite, "finite");
        double bXbar = estimator.mundlak() ? fixed.scalar("b_Xbar", () -> draw.normal(0, 1), FixedParameters::finite, "finite") : 0;
        boolean latent = estimator.latent();
        double bGY = 0, aX = 0, bGX = 0, sigmaX = 0;
        double[] latentG = new double[groups];
        if (latent) {
            bGY = fixed.scalar("b_GY", () -> draw.normal(0, 1), FixedParameters::finite, "finite");
            latentG = fixed.vector("G", groups, j -> draw.normal(0, 1), FixedParameters::finite, "finite", g);
            aX = fixed.scalar("a_X", () -> draw.normal(0, 1), FixedParameters::finite, "finite");
            bGX = fixed.scalar("b_GX", () -> draw.exponential(1), FixedParameters::positive, "positive");
            sigmaX = fixed.scalar("sigma_X", () -> draw.exponential(1), FixedParameters::positive, "positive");
        }

        ConfoundedWorld.Design d = ConfoundedWorld.design(draw, model, groups, individuals, !latent);
        int[] group = d.group();
        double[] x = d.x();
        if (latent) {
            x = new double[individuals];
            for (int i = 0; i < individuals; i++) x[i] = draw.normal(aX + bGX * latentG[group[i]], sigmaX);
        }
        double[] xbar = groupMeans(x, group, groups);
        int[] y = new int[individuals];
        for (int i = 0; i < individuals; i++) {
            int j = group[i];
            double eta = alpha[j] + bX * x[i] + bZ * d.z()[j] + bXbar * xbar[j] + bGY * latentG[j];
            y[i] = draw.bernoulli(RandomDraws.logistic(eta));
        }
        ModelData data = ConfoundedWorld.data("simulated " + model + " (" + groups + " groups, " + individuals + " individuals)",
                group, x, y, d.z());
        return new Simulation(data, fixed.truth());
    }

    private static double[] groupMeans(double[] x, int[] group, int groups) {
        double[] mean = new double[groups];
        int[] count = new int[groups];
        for (int i = 0; i < x.length; i++) {
            mean[group[i]] += x[i];
            count[group[i]]++;
        }
        for (int j = 0; j < groups; j++) mean[j] /= count[j];
        return mean;
    }
}
