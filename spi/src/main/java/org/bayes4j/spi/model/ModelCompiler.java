package org.bayes4j.spi.model;

/**
 * A back end that compiles a {@link Model} into a {@link CompiledModel}
 * ({@code ServiceLoader} service; {@code bayes4j-autodiff} provides the default).
 *
 * <p><b>Laws.</b> The compiled log density equals the sum of the free
 * variables' prior log densities, the observed variables' log likelihoods,
 * the potentials, and the log-Jacobians of the constraining bijectors; its
 * gradient matches finite differences.
 */
public interface ModelCompiler {

    String name();

    /** Compiles, resolving families and bijectors; fails naming the variable on unknown families or bad shapes. */
    CompiledModel compile(Model model);
}
