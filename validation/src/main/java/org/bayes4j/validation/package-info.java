/**
 * Certifying models: simulation-based calibration (Talts et al. 2018) and
 * parameter recovery run over every installed {@link org.bayes4j.spi.model.ModelProvider}.
 * This first part finds the models; the checks build on it.
 */
package org.bayes4j.validation;
