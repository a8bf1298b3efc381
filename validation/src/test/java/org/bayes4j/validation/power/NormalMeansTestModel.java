package org.bayes4j.validation.power;

import java.util.List;
import java.util.Map;

import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.spi.dist.Normal;
import org.bayes4j.spi.model.Data;
import org.bayes4j.spi.model.DataVariable;
import org.bayes4j.spi.model.Dim;
import org.bayes4j.spi.model.Model;
import org.bayes4j.spi.model.ModelData;
import org.bayes4j.spi.model.ModelProvider;
import org.bayes4j.spi.model.Simulation;
import org.bayes4j.spi.model.Var;

/**
 * A cheap model for the power tests: {@code J} independent means measured once
 * each with known noise, {@code theta_j ~ N(0, 2)}, {@code y_j ~ N(theta_j, 0.5)}.
 * The simulator always uses the full likelihood. With {@code temper < 1} the
 * model is broken on purpose: a potential {@code (1 - temper) (y - theta)^2 / (2 * 0.25)}
 * turns the likelihood into {@code p(y | theta)^temper} (constants aside), so the
 * posterior is too wide; the observed variable stays, so the joint
 * log-likelihood test quantity is still the data-generating one.
 * Not registered as a service: the tests hand it to the validation provider.
 */
public final class NormalMeansTestModel implements ModelProvider {

    private static final double PRIOR_SD = 2;
    private static final double NOISE_SD = 0.5;

    private final double temper;

    public NormalMeansTestModel(double temper) { this.temper = temper; }

    @Override public String name() { return temper == 1 ? "normal-means-test" : "normal-means-tempered-test"; }

    @Override public String description() { return "independent normal means (validation power test), likelihood tempered by " + temper; }

    @Override public List<String> references() { return List.of(); }

    @Override public List<DataVariable> dataVariables() { return List.of(new DataVariable("y", "real", "[J]", true, "one measurement per mean")); }

    @Override public List<String> checkedParameters() { return List.of("theta"); }

    @Override public ModelData defaultData() {
        return simulate(org.apache.commons.rng.simple.RandomSource.XO_RO_SHI_RO_128_PP.create(1L), defaultSizes(), Map.of()).data();
    }

    @Override public Model build(ModelData data) {
        double[] values = data.doubles("y");
        return Model.build(name(), m -> {
            Dim j = m.dim("j", values.length);
            Data y = m.data("y", values, j);
            Var theta = m.param("theta", Normal.of(0, PRIOR_SD), j);
            m.observe("y_obs", Normal.of(theta, NOISE_SD), y);
            if (temper != 1) m.potential("temper", y.sub(theta).square().mul((1 - temper) / (2 * NOISE_SD * NOISE_SD)).sum());
        });
    }

    @Override public Map<String, Integer> defaultSizes() { return Map.of("J", 20); }

    @Override public Simulation simulate(UniformRandomProvider rng, Map<String, Integer> sizes, Map<String, double[]> parameters) {
        int n = sizes.getOrDefault("J", 20);
        double[] theta = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            theta[i] = PRIOR_SD * gaussian(rng);
            y[i] = theta[i] + NOISE_SD * gaussian(rng);
        }
        return new Simulation(ModelData.builder("simulated " + name()).put("y", y, n).build(), Map.of("theta", theta));
    }

    private static double gaussian(UniformRandomProvider rng) {
        double u = 1 - rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextDouble());
    }
}
