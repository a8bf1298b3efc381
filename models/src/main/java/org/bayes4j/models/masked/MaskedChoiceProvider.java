package org.bayes4j.models.masked;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.models.masked.MaskedChoiceSimulator.Form;
import org.bayes4j.models.support.RowCrossValidation;
import org.bayes4j.spi.model.CrossValidation;
import org.bayes4j.spi.model.DataVariable;
import org.bayes4j.spi.model.Model;
import org.bayes4j.spi.model.ModelData;
import org.bayes4j.spi.model.ModelProvider;
import org.bayes4j.spi.model.Simulation;

/** What the variants of catalogue model 4 share: data, simulator, sizes, references. A subclass writes its model. */
abstract class MaskedChoiceProvider implements ModelProvider {

    private final String name;
    private final Form form;

    MaskedChoiceProvider(String name, Form form) {
        this.name = name;
        this.form = form;
    }

    /** The model on checked data. */
    abstract Model model(MaskedChoices data);

    @Override public final String name() { return name; }

    @Override public List<String> references() {
        List<String> refs = new ArrayList<>(List.of(
                "McFadden, D. (1974). Conditional logit analysis of qualitative choice behavior. In P. Zarembka (ed.), "
                        + "Frontiers in Econometrics, 105-142. Academic Press (choice sets that differ between decision makers).",
                "Train, K. E. (2009). Discrete Choice Methods with Simulation, 2nd ed., chapter 3 (logit over each decision maker's choice set). "
                        + "Cambridge University Press."));
        refs.addAll(extraReferences());
        return List.copyOf(refs);
    }

    /** References particular to the variant. */
    List<String> extraReferences() { return List.of(); }

    @Override public final List<DataVariable> dataVariables() { return MaskedChoices.variables(form.recordsMasks(), form.hasClusters); }

    @Override public final List<String> checkedParameters() { return form.parameters(); }

    @Override public final ModelData defaultData() { return MaskedChoiceSimulator.defaultData(name, form); }

    @Override public final Model build(ModelData data) { return model(MaskedChoices.read(data, form.recordsMasks(), form.hasClusters)); }

    @Override public final Map<String, Integer> defaultSizes() { return form.defaultSizes(); }

    @Override public final Map<String, Integer> validationSizes() { return form.validationSizes(); }

    /**
     * Folds of observations, refitting on the others ({@link RowCrossValidation}).
     * Rows are exchangeable given the parameters; in 4b a held-out row's
     * cluster keeps its effect from the fit (the cluster dim stays the full
     * {@code C}), so this scores new observations of known clusters. Folds of
     * whole clusters, which would need new effects drawn per draw, are not
     * offered.
     */
    @Override
    public final Optional<CrossValidation> crossValidation(ModelData data) {
        MaskedChoices all = MaskedChoices.read(data, form.recordsMasks(), form.hasClusters);
        return Optional.of(new RowCrossValidation(name, all.rows(), rows -> model(all.rows(rows))));
    }

    @Override
    public final Simulation simulate(UniformRandomProvider rng, Map<String, Integer> sizes, Map<String, double[]> parameters) {
        return MaskedChoiceSimulator.simulate(name, form, rng, sizes, parameters, null);
    }
}
