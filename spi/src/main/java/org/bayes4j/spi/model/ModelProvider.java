package org.bayes4j.spi.model;

import java.util.List;
import java.util.Map;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * A shipped or plug-in model, found through {@code ServiceLoader}: the model
 * itself, its generative simulator, default data, and what validation checks.
 *
 * <p><b>Implementing.</b> All abstract methods are required. {@link #build}
 * uses only the public model-building API, exactly as a user would.
 *
 * <p><b>Laws.</b> {@code build(simulate(...).data())} compiles; the
 * parameters in {@code simulate(...).truth()} carry the names of the model's
 * free variables (constrained scale, row-major); {@link #defaultData()} is
 * deterministic (fixed seed) so {@code bayes4j fit NAME} works on a fresh clone.
 */
public interface ModelProvider {

    /** Stable name used on the command line: {@code reedfrogs}, {@code eight-schools-centered}. */
    String name();

    String description();

    /** Papers, books or case studies the model comes from. */
    List<String> references();

    /** The data variables {@link #build} reads, with types and shapes. */
    List<DataVariable> dataVariables();

    /** Names of the free variables SBC and recovery must check (all of them unless there is a reason). */
    List<String> checkedParameters();

    /** Default data: a real data set shipped with the model, or data simulated with a fixed seed. */
    ModelData defaultData();

    /** The model for this data; fails naming the variable, row and value on bad data. */
    Model build(ModelData data);

    /** The default sizes of a simulated data set ({@code tanks=48}); the keys {@link #simulate} understands. */
    Map<String, Integer> defaultSizes();

    /**
     * Sizes small enough for the fast validation level (SBC and recovery in the
     * test suite, a fraction of a second per fit), with the same keys as
     * {@link #defaultSizes()}; the defaults when not overridden.
     */
    default Map<String, Integer> validationSizes() { return defaultSizes(); }

    /**
     * Simulates a data set from the generative model. {@code sizes} overrides
     * {@link #defaultSizes()}; {@code parameters} fixes parameter values, and
     * missing ones are drawn from the prior.
     */
    Simulation simulate(UniformRandomProvider rng, Map<String, Integer> sizes, Map<String, double[]> parameters);

    /**
     * K-fold support for this data set, or empty when the model has no rows to
     * hold out. Models whose rows are exchangeable given the parameters, or
     * grouped, override this; {@code bayes4j kfold} uses it.
     */
    default java.util.Optional<CrossValidation> crossValidation(ModelData data) { return java.util.Optional.empty(); }
}
