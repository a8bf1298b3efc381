/**
 * The bijector onto arrays that sum to zero along chosen axes (the support of
 * PyMC's {@code ZeroSumNormal}, used for identifiable group effects).
 *
 * <p>The set $\{v \in \mathbb R^n : \sum_i v_i = 0\}$ is an $(n-1)$-dimensional
 * subspace. Any matrix $H \in \mathbb R^{n\times(n-1)}$ whose columns are an
 * orthonormal basis of it gives an isometry $u \mapsto Hu$ onto the subspace,
 * with inverse $v \mapsto H^\top v$ and Jacobian volume 1, i.e.
 * $\log|\det J| = 0$ measured in orthonormal coordinates of the subspace.
 * Several axes are handled by applying $H$ along each one: the Kronecker
 * product of isometries is an isometry. The Helmert basis used here is applied
 * in $O(n)$ per fibre with running sums, never forming $H$
 * (see {@link org.bayes4j.transforms.zerosum.HelmertBasis}).
 */
package org.bayes4j.transforms.zerosum;
