package org.bayes4j.models.reedfrogs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.spi.model.CrossValidation;
import org.bayes4j.spi.model.DataVariable;
import org.bayes4j.spi.model.ModelData;
import org.bayes4j.spi.model.ModelProvider;
import org.bayes4j.spi.model.Simulation;

/**
 * What the reed-frog providers share: the data they read, their simulator,
 * default data, sizes and K-fold support, all driven by the provider's
 * {@link TankModel}. Each subclass writes its own model in {@code build}.
 */
abstract class TankProvider implements ModelProvider {

    final TankModel variant;

    TankProvider(TankModel variant) { this.variant = variant; }

    @Override public final String name() { return variant.modelName; }

    @Override public List<String> references() {
        List<String> refs = new ArrayList<>(List.of(
                "McElreath, R. (2020). Statistical Rethinking, 2nd ed., section 13.1 (multilevel tadpoles, model m13.2). CRC Press.",
                "Vonesh, J. R. & Bolker, B. M. (2005). Compensatory larval responses shift trade-offs associated with predator-induced hatching plasticity. Ecology 86(6), 1580-1591."));
        if (variant.nonCentred) {
            refs.add("Papaspiliopoulos, O., Roberts, G. O. & Skold, M. (2007). A general framework for the parametrization of hierarchical models. Statistical Science 22(1), 59-73.");
        }
        return refs;
    }

    @Override public final List<DataVariable> dataVariables() { return ReedFrogsData.variables(variant.predators, variant.fixedSigma); }

    @Override public final List<String> checkedParameters() { return variant.freeVariables(); }

    @Override public final ModelData defaultData() { return ReedFrogsSimulator.defaultData(variant); }

    @Override public final Map<String, Integer> defaultSizes() { return ReedFrogsSimulator.DEFAULT_SIZES; }

    @Override public final Map<String, Integer> validationSizes() { return ReedFrogsSimulator.VALIDATION_SIZES; }

    @Override public final Simulation simulate(UniformRandomProvider rng, Map<String, Integer> sizes, Map<String, double[]> parameters) {
        return ReedFrogsSimulator.simulate(variant, rng, sizes, parameters, null);
    }

    /** K-fold over tanks; a held-out tank's effect is integrated over the population (see {@link TankFoldScorer}). */
    @Override public final Optional<CrossValidation> crossValidation(ModelData data) {
        return Optional.of(new TankCrossValidation(variant, tanks(data), this::build));
    }

    /** The checked data this provider's model reads. */
    final ReedFrogsData.Tanks tanks(ModelData data) {
        return ReedFrogsData.read(data, variant.predators, variant.fixedSigma);
    }
}
