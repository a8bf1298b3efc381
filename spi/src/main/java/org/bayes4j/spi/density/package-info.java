/**
 * The log density on unconstrained space, the one interface between a model and
 * a sampler, and {@link org.bayes4j.spi.density.SamplingTarget}, which adds the
 * map from unconstrained points to recorded draws.
 */
package org.bayes4j.spi.density;
