package org.bayes4j.diagnostics.kfold;

/**
 * Predictive density of rows whose likelihood involves a quantity the fit never
 * saw, typically the effect {@code u} of a group held out as a whole
 * (Vehtari, Gelman and Gabry 2017, Section 4; McElreath, Statistical Rethinking,
 * 2nd ed., Section 13.5.2 on predictions for new clusters).
 *
 * <p>For posterior draw {@code theta_s}, the held-out row's density is
 * {@code p(y | theta_s) = integral p(y | u, theta_s) p(u | theta_s) du}. With
 * {@code u_{s,1..R}} simulated from the group-effect distribution given
 * {@code theta_s} (for example {@code u ~ MvNormal(0, L_s L_s^T)}), the Monte Carlo
 * estimate is the average on the probability scale,
 * {@code log p(y | theta_s) ~ log((1/R) sum_r exp(log p(y | u_{s,r}, theta_s)))},
 * computed as a log-sum-exp shifted by its largest term. (The mean of the log
 * likelihoods would instead estimate {@code E log p(y | u)}, which is lower by
 * Jensen's inequality.) The per-draw values then enter the usual
 * {@code elpd = log mean_s p(y | theta_s)}; with R = 1 the two stages together are
 * simply the average over the joint draws {@code (theta_s, u_s)}.
 */
public final class NewGroupMarginalisation {

    private NewGroupMarginalisation() {}

    /**
     * @param logLik {@code [S][R][n]}: draw s, simulation r, held-out row j
     * @return {@code [S][n]}, the log of the mean over simulations of the likelihood
     */
    public static double[][] logMeanOverSimulations(double[][][] logLik) {
        if (logLik.length == 0) throw new IllegalArgumentException("marginalise: no draws");
        int sims = logLik[0].length;
        if (sims == 0) throw new IllegalArgumentException("marginalise: draw 0 has no simulations");
        int n = logLik[0][0].length;
        double[][] out = new double[logLik.length][n];
        double logR = Math.log(sims);
        double[] column = new double[sims];
        for (int s = 0; s < logLik.length; s++) {
            if (logLik[s].length != sims) {
                throw new IllegalArgumentException("marginalise: draw " + s + " has " + logLik[s].length
                        + " simulations, but draw 0 has " + sims);
            }
            for (int r = 0; r < sims; r++) {
                if (logLik[s][r].length != n) {
                    throw new IllegalArgumentException("marginalise: draw " + s + ", simulation " + r + " has "
                            + logLik[s][r].length + " rows, but draw 0 has " + n);
                }
            }
            for (int j = 0; j < n; j++) {
                for (int r = 0; r < sims; r++) {
                    double v = logLik[s][r][j];
                    if (Double.isNaN(v) || v == Double.POSITIVE_INFINITY) {
                        throw new IllegalArgumentException("marginalise: log likelihood of draw " + s + ", simulation " + r
                                + ", row " + j + " is " + v + ", but must be finite or -Infinity");
                    }
                    column[r] = v;
                }
                out[s][j] = LogMeanExp.of(column);
            }
        }
        return out;
    }
}
