/**
 * Bijectors onto the probability simplex
 * $\Delta^{K-1} = \{y \in [0,1]^K : \sum_k y_k = 1\}$, a $(K-1)$-dimensional set,
 * so the log-Jacobian is measured in the free coordinates $y_1, \dots, y_{K-1}$
 * ($y_K = 1 - \sum_{k<K} y_k$ is determined).
 *
 * <p>Two constructions:
 * <ul>
 *   <li>{@link org.bayes4j.transforms.simplex.StickBreakingSimplex} (the default,
 *       Stan's): break off a logistic fraction of the remaining stick, one
 *       coordinate at a time; triangular Jacobian.</li>
 *   <li>{@link org.bayes4j.transforms.simplex.IsometricLogRatioSimplex}: softmax
 *       of an orthonormal (Helmert) embedding of $\mathbb R^{K-1}$ into the
 *       zero-sum plane; symmetric in the coordinates, which some posteriors
 *       prefer. Selected with {@code -Dbayes4j.simplex=ilr}
 *       (see {@link org.bayes4j.transforms.simplex.SimplexTransformOption}).</li>
 * </ul>
 * Exactly one of the two providers handles {@code Simplex} at any time.
 */
package org.bayes4j.transforms.simplex;
