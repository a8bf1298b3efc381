/**
 * Validation of models as a service: simulation-based calibration and
 * parameter recovery behind one interface, so the command line and the site
 * reach the validation module through {@code ServiceLoader} only.
 */
package org.bayes4j.spi.validation;
