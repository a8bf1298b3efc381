/**
 * Bijectors onto strictly increasing vectors (cut points of ordinal models,
 * ordered mixture locations).
 *
 * <p>Increasing vectors are built from their first element and positive
 * increments, each increment the exponential of a free coordinate:
 * $y_1 = x_1$ (or $e^{x_1}$ when the vector must also be positive) and
 * $y_k = y_{k-1} + e^{x_k}$. The Jacobian is lower triangular, so the
 * log-determinant is the sum of the log-diagonal, $\sum_{k\ge 2} x_k$ (Stan
 * Reference Manual, "Ordered vector" and "Positive ordered vector").
 */
package org.bayes4j.transforms.ordered;
