/**
 * Bijectors from unconstrained {@code R^m} onto every continuous support in
 * {@code org.bayes4j.spi.constraint}.
 *
 * <p><b>Why transform.</b> Hamiltonian samplers move freely in {@code R^m}. A
 * parameter {@code y} living on a constrained set {@code S} (a half line, a
 * simplex, the Cholesky factors of correlation matrices) is written as
 * {@code y = f(x)} for a smooth bijection {@code f : R^m -> S}; by the change of
 * variables formula the density of {@code x} is
 * $p_X(x) = p_Y(f(x))\,|\det J_f(x)|$, so the model adds
 * $\log|\det J_f(x)|$ to its log density. For sets of lower dimension than
 * their ambient space (the simplex in {@code R^K}, zero-sum arrays, correlation
 * matrices) the determinant is taken with respect to the free coordinates that
 * parameterise the set (Stan Reference Manual, "Constraint transforms").
 *
 * <p><b>Reverse mode.</b> Each bijector writes its own vector-Jacobian product
 * {@code J^T yAdj + logDetAdj * grad log|det J|}, as Stan Math does in
 * {@code rev/constraint}, so a model's gradient never differentiates through
 * the transform numerically.
 *
 * <p><b>Packages.</b> {@code scalar} (element-wise maps), {@code ordered},
 * {@code simplex} (stick-breaking, and the isometric log-ratio alternative),
 * {@code zerosum} (Helmert isometry) and {@code cholesky} (Cholesky factors,
 * correlation and covariance matrices). Each constraint has exactly one
 * provider; the isometric log-ratio simplex is selected with the system
 * property {@code bayes4j.simplex=ilr} (see {@code SimplexTransformOption}).
 */
package org.bayes4j.transforms;
