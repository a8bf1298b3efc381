package org.bayes4j.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bayes4j.spi.model.CrossValidation;
import org.bayes4j.spi.model.Dim;
import org.bayes4j.spi.model.Model;
import org.bayes4j.spi.model.ModelData;
import org.bayes4j.spi.model.ModelProvider;
import org.bayes4j.spi.model.Var;

/**
 * What {@code bayes4j models} learns by building a model on its default data:
 * the free variables (names, shapes, dim names) and whether, and by which
 * groupings, it supports K-fold cross-validation. A model whose build fails on
 * its own default data is reported with the message instead of failing the
 * whole listing.
 *
 * @param parameters free variables in declaration order
 * @param kfold      whether {@link ModelProvider#crossValidation} is present
 * @param groupings  the groupings {@code bayes4j kfold --by} accepts
 * @param error      why the model could not be built, or {@code null}
 */
record ModelFacts(List<Parameter> parameters, boolean kfold, List<String> groupings, String error) {

    /** A free variable: name, shape and the dim name of each axis. */
    record Parameter(String name, int[] shape, List<String> dims) {
        /** {@code alpha[tank=48]}, or the bare name of a scalar. */
        String text() {
            if (shape.length == 0) return name;
            StringBuilder b = new StringBuilder(name).append('[');
            for (int a = 0; a < shape.length; a++) b.append(a > 0 ? ", " : "").append(dims.get(a)).append('=').append(shape[a]);
            return b.append(']').toString();
        }
    }

    static ModelFacts of(ModelProvider provider) {
        try {
            ModelData data = provider.defaultData();
            Model model = provider.build(data);
            List<Parameter> parameters = new ArrayList<>();
            for (Var v : model.freeVariables()) parameters.add(new Parameter(v.name(), v.shape(), v.dims().stream().map(Dim::name).toList()));
            Optional<CrossValidation> cv = provider.crossValidation(data);
            List<String> groupings = cv.map(c -> List.copyOf(c.groupings().keySet())).orElse(List.of());
            return new ModelFacts(parameters, cv.isPresent(), groupings, null);
        } catch (IllegalArgumentException | IllegalStateException | UnsupportedOperationException e) {
            return new ModelFacts(List.of(), false, List.of(), ErrorReporter.message(e));
        }
    }
}
