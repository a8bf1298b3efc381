package org.bayes4j.models.grouped;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.models.grouped.LogisticNormalSimulator.Form;
import org.bayes4j.spi.model.CrossValidation;
import org.bayes4j.spi.model.DataVariable;
import org.bayes4j.spi.model.Model;
import org.bayes4j.spi.model.ModelData;
import org.bayes4j.spi.model.ModelProvider;
import org.bayes4j.spi.model.Simulation;

/** What the centred and non-centred forms of catalogue model 2 share: data, simulator, references, K-fold. */
abstract class LogisticNormalProvider implements ModelProvider {

    private final String name;
    private final Form form;

    LogisticNormalProvider(String name, Form form) {
        this.name = name;
        this.form = form;
    }

    @Override public final String name() { return name; }

    @Override public List<String> references() {
        List<String> refs = new ArrayList<>(List.of(
                "Aitchison, J. & Shen, S. M. (1980). Logistic-normal distributions: some properties and uses. Biometrika 67(2), 261-272.",
                "Lewandowski, D., Kurowicka, D. & Joe, H. (2009). Generating random correlation matrices based on vines and extended onion method. "
                        + "Journal of Multivariate Analysis 100(9), 1989-2001.",
                "PyMC documentation, pymc.LKJCholeskyCov (the Cholesky factor with correlations and standard deviations reported).",
                "Vehtari, A., Gelman, A. & Gabry, J. (2017). Practical Bayesian model evaluation using leave-one-out cross-validation and WAIC. "
                        + "Statistics and Computing 27, 1413-1432 (K-fold by group, section 4)."));
        if (form == Form.NON_CENTERED) {
            refs.add("Papaspiliopoulos, O., Roberts, G. O. & Skold, M. (2007). A general framework for the parametrization of "
                    + "hierarchical models. Statistical Science 22(1), 59-73.");
        }
        return List.copyOf(refs);
    }

    @Override public final List<DataVariable> dataVariables() { return GroupedCounts.variables(); }

    @Override public final ModelData defaultData() { return LogisticNormalSimulator.defaultData(name); }

    @Override public final Model build(ModelData data) { return LogisticNormalModel.build(name, form, GroupedCounts.read(data)); }

    @Override public final Map<String, Integer> defaultSizes() { return LogisticNormalSimulator.DEFAULT_SIZES; }

    @Override public final Map<String, Integer> validationSizes() { return LogisticNormalSimulator.VALIDATION_SIZES; }

    @Override
    public final Simulation simulate(UniformRandomProvider rng, Map<String, Integer> sizes, Map<String, double[]> parameters) {
        return LogisticNormalSimulator.simulate(name, form, rng, sizes, parameters, null);
    }

    /** K-fold by group: a held-out group's effect is integrated out by simulation (see {@link LogisticNormalFoldScorer}). */
    @Override public final Optional<CrossValidation> crossValidation(ModelData data) {
        GroupedCounts counts = GroupedCounts.read(data);
        return Optional.of(new GroupCrossValidation(counts, new LogisticNormalFoldScorer(counts, training -> LogisticNormalModel.build(name, form, training))));
    }
}
