package org.bayes4j.diagnostics.loo;

/**
 * Stacking of predictive distributions (Yao, Vehtari, Simpson and Gelman 2018,
 * Bayesian Analysis 13(3), Section 2.3): the weights on the simplex maximising the
 * leave-one-out log score of the mixture,
 * {@code max_w sum_i log sum_k w_k exp(elpd_loo_{i,k})}.
 *
 * <p>The objective is concave in w, so any ascent method reaching the optimum
 * gives the same weights. We use the EM fixed point for mixture weights
 * (Dempster, Laird and Rubin 1977): with responsibilities
 * {@code r_{ik} = w_k p_{ik} / sum_j w_j p_{ij}}, set {@code w_k <- mean_i r_{ik}}; each
 * step stays on the simplex and never decreases the score. {@code loo} uses a
 * log-barrier optimiser ({@code constrOptim}) instead, so the two agree to about
 * 1e-4, not to rounding.
 */
public final class StackingWeights {

    private static final int MAX_ITERATIONS = 200_000;
    private static final double TOLERANCE = 1e-13;

    private StackingWeights() {}

    /** @param lpd {@code lpd[i][k]}: pointwise elpd of observation i under model k */
    public static double[] of(double[][] lpd) {
        int n = lpd.length;
        int k = lpd[0].length;
        // scale each observation's likelihoods by its maximum; the optimum is unchanged
        double[][] p = new double[n][k];
        for (int i = 0; i < n; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < k; j++) max = Math.max(max, lpd[i][j]);
            for (int j = 0; j < k; j++) p[i][j] = Math.exp(lpd[i][j] - max);
        }
        double[] w = new double[k];
        java.util.Arrays.fill(w, 1.0 / k);
        for (int it = 0; it < MAX_ITERATIONS; it++) {
            double[] next = new double[k];
            for (int i = 0; i < n; i++) {
                double mix = 0;
                for (int j = 0; j < k; j++) mix += w[j] * p[i][j];
                for (int j = 0; j < k; j++) next[j] += w[j] * p[i][j] / mix;
            }
            double change = 0;
            for (int j = 0; j < k; j++) {
                next[j] /= n;
                change = Math.max(change, Math.abs(next[j] - w[j]));
            }
            w = next;
            if (change < TOLERANCE) break;
        }
        return w;
    }
}
