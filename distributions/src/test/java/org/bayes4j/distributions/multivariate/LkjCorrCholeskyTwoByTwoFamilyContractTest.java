package org.bayes4j.distributions.multivariate;

/**
 * Certifies {@code lkj_corr_cholesky(eta)} for 2 x 2 factors, where it is the density
 * $2^{1-2\eta}B(\eta,\eta)^{-1}(1 - r^2)^{\eta-1}$ of the single correlation $r = L_{21}$ (the normalisation is a
 * one-dimensional quadrature over $r \in (-1, 1)$).
 */
class LkjCorrCholeskyTwoByTwoFamilyContractTest extends LkjCorrCholeskyFamilyContractTest {
    @Override protected int dimension() { return 2; }
}
