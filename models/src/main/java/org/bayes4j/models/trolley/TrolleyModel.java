package org.bayes4j.models.trolley;

import java.util.List;
import java.util.Map;

import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.spi.model.DataVariable;
import org.bayes4j.spi.model.Dim;
import org.bayes4j.spi.model.ModelBuilder;
import org.bayes4j.spi.model.ModelData;
import org.bayes4j.spi.model.ModelProvider;
import org.bayes4j.spi.model.Simulation;

/**
 * What the two forms of the Trolley ordered-logistic model share: the data
 * ({@link TrolleyData}), the simulator, sizes and references, and the dims
 * every form declares. A subclass writes the model in its parameterisation.
 */
abstract class TrolleyModel implements ModelProvider {

    private final TrolleySimulator.Form form;

    TrolleyModel(TrolleySimulator.Form form) { this.form = form; }

    @Override public List<String> references() {
        return List.of(
                "Cushman, F., Young, L. & Hauser, M. (2006). The role of conscious reasoning and intuition in moral judgment: "
                        + "testing three principles of harm. Psychological Science 17(12), 1082-1089.",
                "McElreath, R. (2020). Statistical Rethinking, 2nd ed., sections 12.3-12.4 (ordered categorical outcomes, "
                        + "the Trolley data; priors b ~ N(0, 0.5)) and 13.x (varying intercepts, sigma ~ Exponential(1)). CRC Press.",
                "McCullagh, P. (1980). Regression models for ordinal data. JRSS B 42(2), 109-142.",
                "Betancourt, M. (2019). Ordinal Regression. Case study, section 2.2: cutpoints induced by a Dirichlet prior "
                        + "on the response probabilities. https://betanalpha.github.io/assets/case_studies/ordinal_regression.html",
                "Papaspiliopoulos, O., Roberts, G. O. & Sköld, M. (2007). A general framework for the parametrization of "
                        + "hierarchical models. Statistical Science 22(1), 59-73.",
                "Stan Functions Reference, 'Ordered logistic distribution'.");
    }

    @Override public List<DataVariable> dataVariables() { return TrolleyData.variables(); }

    @Override public List<String> checkedParameters() {
        return List.of("b_A", "b_I", "b_C", "sigma_s", "sigma_v", "p_baseline");
    }

    @Override public ModelData defaultData() { return TrolleySimulator.defaultData(name(), form); }

    @Override public Map<String, Integer> defaultSizes() { return TrolleySimulator.DEFAULT_SIZES; }

    @Override public Map<String, Integer> validationSizes() { return TrolleySimulator.VALIDATION_SIZES; }

    @Override
    public Simulation simulate(UniformRandomProvider rng, Map<String, Integer> sizes, Map<String, double[]> parameters) {
        return TrolleySimulator.simulate(name(), form, rng, sizes, parameters, null);
    }

    /**
     * The five dims every form declares: {@code id} and {@code story}
     * (coordinates: the labels of the data; participants first, as the first
     * of the simulation sizes), {@code row} (one per answer), {@code level}
     * (the response scale 1..7) and {@code cut} (cutpoints 1..6).
     */
    static Dim[] dims(ModelBuilder m, Responses responses) {
        return new Dim[] {
            m.dim("id", responses.participantLabels()),
            m.dim("story", responses.storyLabels()),
            m.dim("row", responses.rows()),
            m.dim("level", Cutpoints.numbered(TrolleyData.LEVELS)),
            m.dim("cut", Cutpoints.numbered(TrolleyData.LEVELS - 1))};
    }

    /** Dirichlet(1, ..., 1) concentrations over the response levels: uniform on the simplex. */
    static double[] uniformConcentrations() {
        double[] ones = new double[TrolleyData.LEVELS];
        java.util.Arrays.fill(ones, 1);
        return ones;
    }
}
