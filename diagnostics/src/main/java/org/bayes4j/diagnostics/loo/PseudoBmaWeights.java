package org.bayes4j.diagnostics.loo;

import java.util.SplittableRandom;

/**
 * Pseudo-Bayesian model averaging (Yao, Vehtari, Simpson and Gelman 2018,
 * Section 3.3): weights proportional to {@code exp(elpd_loo_k)}; and its
 * regularised variant pseudo-BMA+, which averages those weights over Bayesian
 * bootstrap replicates of the observations (Dirichlet(1, ..., 1) weights
 * {@code alpha_i}, {@code elpd_k = N sum_i alpha_i elpd_{i,k}}), accounting for the
 * uncertainty of the elpd estimates. The bootstrap uses a fixed seed, so results
 * are reproducible in bayes4j but not equal to R's random stream.
 */
public final class PseudoBmaWeights {

    /** Bootstrap replicates, as {@code loo}'s default {@code BB_n}. */
    public static final int REPLICATES = 1000;
    public static final long SEED = 4243L;

    private PseudoBmaWeights() {}

    /** @param lpd {@code lpd[i][k]}: pointwise elpd of observation i under model k */
    public static double[] plain(double[][] lpd) {
        int k = lpd[0].length;
        double[] elpd = new double[k];
        for (double[] row : lpd) for (int j = 0; j < k; j++) elpd[j] += row[j];
        return softmax(elpd);
    }

    public static double[] bayesianBootstrap(double[][] lpd, long seed) {
        int n = lpd.length;
        int k = lpd[0].length;
        SplittableRandom rng = new SplittableRandom(seed);
        double[] mean = new double[k];
        double[] alpha = new double[n];
        for (int b = 0; b < REPLICATES; b++) {
            // Dirichlet(1,...,1) as normalised standard exponentials
            double total = 0;
            for (int i = 0; i < n; i++) {
                alpha[i] = -Math.log(1 - rng.nextDouble());
                total += alpha[i];
            }
            double[] z = new double[k];
            for (int i = 0; i < n; i++) for (int j = 0; j < k; j++) z[j] += alpha[i] / total * lpd[i][j] * n;
            double[] w = softmax(z);
            for (int j = 0; j < k; j++) mean[j] += w[j] / REPLICATES;
        }
        return mean;
    }

    static double[] softmax(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) max = Math.max(max, v);
        double[] w = new double[z.length];
        double sum = 0;
        for (int j = 0; j < z.length; j++) {
            w[j] = Math.exp(z[j] - max);
            sum += w[j];
        }
        for (int j = 0; j < z.length; j++) w[j] /= sum;
        return w;
    }
}
