/**
 * Contract tests that plug-in authors extend: each abstract class turns the
 * <b>Laws</b> of one SPI interface into JUnit 5 tests, so a new implementation is
 * certified by a subclass that supplies generators and an independent reference.
 *
 * <p>{@link org.bayes4j.testkit.contract.DistributionFamilyContract} certifies a
 * {@link org.bayes4j.spi.distribution.DistributionFamily} of scalar events (with scalar or vector
 * parameters), {@link org.bayes4j.testkit.contract.DistributionVectorFamilyContract} one of vector
 * events (multinomial, Dirichlet, multivariate normal); their numerical helpers
 * ({@link org.bayes4j.testkit.contract.DistributionQuadrature},
 * {@link org.bayes4j.testkit.contract.DistributionGoodnessOfFit}) are usable on
 * their own.
 */
package org.bayes4j.testkit.contract;
