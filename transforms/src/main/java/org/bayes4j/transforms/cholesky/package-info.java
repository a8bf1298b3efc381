/**
 * Bijectors onto Cholesky factors and onto correlation and covariance matrices.
 *
 * <p>A $K\times K$ covariance matrix is $\Sigma = LL^\top$ with $L$ lower
 * triangular with positive diagonal; a correlation matrix is the special case
 * where every row of $L$ has unit norm. Unconstrained coordinates:
 * <ul>
 *   <li>Cholesky factor of a covariance: $K(K+1)/2$ numbers, the diagonal
 *       through $\exp$ and the entries below it as they are;</li>
 *   <li>Cholesky factor of a correlation: $K(K-1)/2$ numbers mapped by
 *       $\tanh$ to canonical partial correlations in $(-1,1)$, which fill each
 *       row while keeping its norm one (Lewandowski, Kurowicka and Joe 2009);</li>
 *   <li>correlation and covariance matrices: the factor's map followed by
 *       $L \mapsto LL^\top$.</li>
 * </ul>
 * The log-Jacobians are taken in the free coordinates of the target: the
 * strictly lower triangle of a correlation factor or matrix, the lower triangle
 * with the diagonal of a covariance factor or matrix. Ordering these coordinates
 * row by row makes every Jacobian here block lower triangular, so each
 * log-determinant is a sum of log-diagonal entries (Stan Reference Manual,
 * "Cholesky factors of correlation matrices", "Correlation matrices",
 * "Cholesky factors of covariance matrices", "Covariance matrices").
 *
 * <p>Layout: matrices are row-major $K\times K$ events after any batch axes;
 * unconstrained coordinates run over the (strictly) lower triangle row by row.
 */
package org.bayes4j.transforms.cholesky;
