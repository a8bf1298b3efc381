package org.bayes4j.models.factors;

import java.util.ArrayList;
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
 * What the four grouping-factor regressions share: the data (read by
 * {@link FactorData}), the simulator, the sizes, the references and the
 * dims. A subclass writes its mean and its parameterisation in
 * {@link #model(FactorRows)}.
 */
abstract class FactorRegression implements ModelProvider {

    private final FactorSimulator.Form form;

    FactorRegression(FactorSimulator.Form form) { this.form = form; }

    /** The model on checked rows. Dims: {@code row} (first), {@code group}, {@code colour}, {@code feature}. */
    abstract Model model(FactorRows rows);

    @Override public Model build(ModelData data) { return model(FactorData.read(data)); }

    @Override public List<String> references() {
        List<String> refs = new ArrayList<>(List.of(
                "Gelman, A. & Hill, J. (2007). Data Analysis Using Regression and Multilevel/Hierarchical Models, chapter 13 "
                        + "(varying slopes; non-nested models). Cambridge University Press.",
                "Gelman, A. (2005). Analysis of variance - why it is more important than ever. Annals of Statistics 33(1), 1-53.",
                "PyMC documentation, 'Dimensionality' (named dims and coords) and pymc.ZeroSumNormal."));
        if (!form.centred) {
            refs.add("Papaspiliopoulos, O., Roberts, G. O. & Skold, M. (2007). A general framework for the parametrization of "
                    + "hierarchical models. Statistical Science 22(1), 59-73.");
        }
        return refs;
    }

    @Override public List<DataVariable> dataVariables() { return FactorData.variables(); }

    /** Every free variable. */
    @Override public List<String> checkedParameters() { return form.parameters(); }

    @Override public ModelData defaultData() { return FactorSimulator.defaultData(name(), form); }

    @Override public Map<String, Integer> defaultSizes() { return FactorSimulator.DEFAULT_SIZES; }

    /**
     * 120 rows in 3 x 2 cells for the centred forms, 90 rows in 3 x 3 cells
     * (ten per cell) for the non-centred ones; the fast validation level fits
     * each 20 to 60 times, so the cells are few. Where a level's data pin its
     * effects, the offsets $z = (a - \mu)/\sigma$ lie on a curved ridge
     * against the scale (the funnel turned inside out; Betancourt &amp;
     * Girolami 2015), and NUTS needs longer trajectories and a higher target
     * acceptance there. Measured with 2 chains x (300 + 300) on 3 x 3 cells:
     * at 150 rows the non-centred fits took 23-26 s (centred 2 s) and 8b
     * non-centred diverged 4 times at target 0.8; at 90 rows and target 0.95
     * both took about 17 s without divergences. At 45 rows (five per cell)
     * the per-cell noise scales themselves become funnels (6 and 34
     * divergences at 0.8), so the non-centred sizes do not shrink further.
     */
    @Override public Map<String, Integer> validationSizes() {
        return form.centred ? FactorSimulator.VALIDATION_SIZES : FactorSimulator.SPARSE_VALIDATION_SIZES;
    }

    @Override
    public Simulation simulate(UniformRandomProvider rng, Map<String, Integer> sizes, Map<String, double[]> parameters) {
        return FactorSimulator.simulate(name(), form, rng, sizes, parameters, null);
    }

    /**
     * Folds of rows, each scored by refitting on the others
     * ({@link RowCrossValidation}). Every fold's models keep all the levels
     * of the whole data set, so a cell with no training rows still has its
     * effects (drawn from the population) and a draw carries over to the
     * held-out rows unchanged. Folds of whole groups or colours are not
     * offered: they would need new levels' effects integrated out.
     */
    @Override
    public Optional<CrossValidation> crossValidation(ModelData data) {
        FactorRows rows = FactorData.read(data);
        return Optional.of(new RowCrossValidation(name(), rows.rows(), subset -> model(rows.rows(subset))));
    }

    /** The four dims every form declares, rows first, the others labelled by the levels of the data. */
    static Dim[] dims(ModelBuilder m, FactorRows rows) {
        return new Dim[] {
            m.dim("row", rows.rows()),
            m.dim("group", rows.groups()),
            m.dim("colour", rows.colours()),
            m.dim("feature", rows.features())};
    }
}
