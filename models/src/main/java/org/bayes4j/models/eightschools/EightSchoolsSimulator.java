package org.bayes4j.models.eightschools;

import java.util.List;
import java.util.Map;

import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.models.support.FixedParameters;
import org.bayes4j.models.support.RandomDraws;
import org.bayes4j.models.support.SimulationSizes;
import org.bayes4j.spi.model.ModelData;
import org.bayes4j.spi.model.Simulation;

/**
 * The generative program shared by both parameterisations of eight schools:
 * <pre>
 *   mu    ~ N(0, 5)
 *   tau   ~ HalfCauchy(5)
 *   theta_j = mu + tau eta_j,  eta_j ~ N(0, 1)      (equivalently theta_j ~ N(mu, tau))
 *   y_j   ~ N(theta_j, sigma_j),  j = 1..J
 * </pre>
 * with the standard errors {@code sigma_j} of the classic design (repeated
 * when {@code J > 8}). The centred model's free variables are
 * {@code (mu, tau, theta)}, the non-centred model's {@code (mu, tau, eta)};
 * the truth is reported under those names. A fixed {@code theta} (centred) or
 * {@code eta} (non-centred) is used as given; a missing one is drawn as
 * {@code eta ~ N(0,1)} and mapped through {@code theta = mu + tau eta}, so
 * the same seed gives the same data in both forms.
 */
final class EightSchoolsSimulator {

    static final String SCHOOLS = "schools";
    static final Map<String, Integer> DEFAULT_SIZES = Map.of(SCHOOLS, 8);

    private EightSchoolsSimulator() {}

    static Simulation simulate(String model, boolean centred, UniformRandomProvider rng,
                               Map<String, Integer> sizes, Map<String, double[]> parameters) {
        int schools = SimulationSizes.resolve(model, DEFAULT_SIZES, sizes).get(SCHOOLS);
        String effects = centred ? "theta" : "eta";
        FixedParameters fixed = FixedParameters.of(model, parameters, List.of("mu", "tau", effects));
        RandomDraws draw = new RandomDraws(rng);

        double mu = fixed.scalar("mu", () -> draw.normal(0, 5), FixedParameters::finite, "finite");
        double tau = fixed.scalar("tau", () -> draw.halfCauchy(5), FixedParameters::positive, "positive");
        double[] theta;
        if (centred) {
            theta = fixed.vector("theta", schools, j -> mu + tau * draw.normal(0, 1), FixedParameters::finite, "finite", SCHOOLS);
        } else {
            double[] eta = fixed.vector("eta", schools, j -> draw.normal(0, 1), FixedParameters::finite, "finite", SCHOOLS);
            theta = new double[schools];
            for (int j = 0; j < schools; j++) theta[j] = mu + tau * eta[j];
        }

        double[] sigma = EightSchoolsData.designSigma(schools);
        double[] y = new double[schools];
        for (int j = 0; j < schools; j++) y[j] = draw.normal(theta[j], sigma[j]);

        ModelData data = ModelData.builder("simulated " + model + " (" + schools + " schools)")
                .put("y", y, schools)
                .put("sigma", sigma, schools)
                .build();
        return new Simulation(data, fixed.truth());
    }
}
