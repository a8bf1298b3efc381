/**
 * Descriptions of the shipped families for model code ({@code Normal.of(mu, sigma)}).
 * They only name a family and its arguments; implementations are found by name
 * through {@code ServiceLoader} at compile time. A plug-in family is used with
 * {@link org.bayes4j.spi.model.DistributionSpec#of(String, Object...)}.
 */
package org.bayes4j.spi.dist;
