/**
 * Bijectors from unconstrained {@code R^m} onto each support, and the registry
 * that picks one for a constraint. A sampler explores {@code R^m}; the model
 * adds {@code log|det J|} so that the density on {@code R^m} pushes forward to
 * the intended density on the support (change of variables; Stan Reference
 * Manual, "Constraint transforms").
 */
package org.bayes4j.spi.bijector;
