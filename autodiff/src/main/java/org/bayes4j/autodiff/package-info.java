/**
 * bayes4j's default model compiler: reverse-mode automatic differentiation over
 * a static graph, compiled once and evaluated without allocation.
 *
 * <p>Packages: {@code compile} turns a model into a program of numbered nodes;
 * {@code ops} holds one forward/reverse kernel per primitive op; {@code eval}
 * runs the forward and reverse sweeps and implements the compiled model;
 * {@code predictive} simulates from the prior and posterior predictive.
 * The module exports nothing: it is reached through
 * {@link org.bayes4j.spi.model.ModelCompiler} and {@code ServiceLoader}.
 */
package org.bayes4j.autodiff;
