package org.bayes4j.models.iris;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.models.support.RowCrossValidation;
import org.bayes4j.spi.model.CrossValidation;
import org.bayes4j.spi.model.DataVariable;
import org.bayes4j.spi.model.Dim;
import org.bayes4j.spi.model.Model;
import org.bayes4j.spi.model.ModelBuilder;
import org.bayes4j.spi.model.ModelData;
import org.bayes4j.spi.model.ModelProvider;
import org.bayes4j.spi.model.Simulation;

/**
 * What the two categorical regressions of the iris species share: the data
 * (read by {@link IrisData}, predictors centred on their sample means inside
 * {@link #build}), the simulator, the sizes, the references and row-wise
 * K-fold. A subclass writes the logits of its parameterisation.
 */
abstract class IrisRegression implements ModelProvider {

    private final IrisSimulator.Form form;

    IrisRegression(IrisSimulator.Form form) { this.form = form; }

    /**
     * The model on {@code flowers}, whose predictors are already centred.
     * Dims: {@code flower} (first, the rows), {@code feature} and {@code species}.
     */
    abstract Model model(Flowers flowers);

    @Override public List<String> references() {
        return List.of(
                "Fisher, R. A. (1936). The use of multiple measurements in taxonomic problems. Annals of Eugenics 7(2), 179-188.",
                "Anderson, E. (1935). The irises of the Gaspe Peninsula. Bulletin of the American Iris Society 59, 2-5.",
                "Agresti, A. (2013). Categorical Data Analysis, 3rd ed., section 8.1 (baseline-category logit models). Wiley.",
                "Stan Development Team. Stan User's Guide, 'Multi-logit regression' (identifiability by a zero or by sum-to-zero).",
                "PyMC documentation, pymc.ZeroSumNormal.");
    }

    @Override public List<DataVariable> dataVariables() { return IrisData.variables(); }

    @Override public List<String> checkedParameters() { return List.of("alpha", "beta"); }

    @Override public ModelData defaultData() { return IrisSimulator.defaultData(name(), form); }

    /** The flowers of {@code data} with each predictor centred on its mean over these flowers. */
    @Override public Model build(ModelData data) { return model(IrisData.read(data).centred()); }

    @Override public Map<String, Integer> defaultSizes() { return IrisSimulator.DEFAULT_SIZES; }

    @Override public Map<String, Integer> validationSizes() { return IrisSimulator.VALIDATION_SIZES; }

    @Override
    public Simulation simulate(UniformRandomProvider rng, Map<String, Integer> sizes, Map<String, double[]> parameters) {
        return IrisSimulator.simulate(name(), form, rng, sizes, parameters, null);
    }

    /**
     * Folds of flowers. Every fold's models centre the predictors on the means
     * of the whole data set (the predictors are treated as fixed and the
     * species never enter the centre), so training and held-out models give
     * the intercepts the same meaning and a draw carries over unchanged.
     */
    @Override
    public Optional<CrossValidation> crossValidation(ModelData data) {
        Flowers centred = IrisData.read(data).centred();
        return Optional.of(new RowCrossValidation(name(), centred.rows(), rows -> model(centred.rows(rows))));
    }

    /** The three dims every form declares, rows first. */
    static Dim[] dims(ModelBuilder m, Flowers flowers) {
        return new Dim[] {
            m.dim("flower", flowers.rows()),
            m.dim("feature", IrisData.FEATURES),
            m.dim("species", IrisData.SPECIES)};
    }
}
