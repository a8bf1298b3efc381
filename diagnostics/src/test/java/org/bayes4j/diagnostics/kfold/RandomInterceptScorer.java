package org.bayes4j.diagnostics.kfold;

import java.util.Random;

import org.bayes4j.spi.density.LogDensity;
import org.bayes4j.spi.density.SamplingTarget;
import org.bayes4j.spi.diagnostic.FoldScorer;
import org.bayes4j.spi.diagnostic.KFoldProvider;
import org.bayes4j.spi.draws.ChainDraws;
import org.bayes4j.spi.draws.Draws;

/**
 * A random-intercept model as a {@link FoldScorer} for folds by group:
 * {@code y_i ~ Normal(mu + u_{g[i]}, sigma)}, {@code u_g ~ Normal(0, tau)},
 * {@code mu ~ Normal(0, 2)}, sigma and tau known. The target's coordinates are
 * {@code (mu, u_0, ..., u_{G-1})}; the likelihood covers the training rows.
 *
 * <p>A held-out row belongs to a held-out group, whose effect the fit has never
 * seen, so for each draw it simulates {@code R} new effects {@code u ~ Normal(0, tau)}
 * and averages the likelihood over them with
 * {@link KFoldProvider#marginaliseSimulations}. With {@code logScaleAverage} set it is
 * deliberately broken: it averages the log likelihoods instead.
 */
final class RandomInterceptScorer implements FoldScorer {

    static final double PRIOR_SD = 2.0;

    final double[] y;
    final int[] group;
    final int groups;
    final double sigma;
    final double tau;
    final int simulations;
    final boolean logScaleAverage;
    final KFoldProvider kfold;
    final Random random;

    RandomInterceptScorer(double[] y, int[] group, int groups, double sigma, double tau, int simulations,
                          boolean logScaleAverage, KFoldProvider kfold, long seed) {
        this.y = y;
        this.group = group;
        this.groups = groups;
        this.sigma = sigma;
        this.tau = tau;
        this.simulations = simulations;
        this.logScaleAverage = logScaleAverage;
        this.kfold = kfold;
        this.random = new Random(seed);
    }

    @Override public int rows() { return y.length; }

    @Override
    public SamplingTarget trainingTarget(boolean[] training) {
        boolean[] use = training.clone();
        int d = groups + 1;
        return SamplingTarget.ofUnconstrained(d, () -> new LogDensity() {
            @Override public int dimension() { return d; }

            @Override public double logDensity(double[] theta) { return logDensityGradient(theta, new double[d]); }

            @Override public double logDensityGradient(double[] theta, double[] grad) {
                double mu = theta[0];
                double lp = -mu * mu / (2 * PRIOR_SD * PRIOR_SD);
                grad[0] = -mu / (PRIOR_SD * PRIOR_SD);
                for (int g = 0; g < groups; g++) {
                    double u = theta[g + 1];
                    lp -= u * u / (2 * tau * tau);
                    grad[g + 1] = -u / (tau * tau);
                }
                for (int i = 0; i < y.length; i++) {
                    if (!use[i]) continue;
                    double r = (y[i] - mu - theta[group[i] + 1]) / (sigma * sigma);
                    lp -= 0.5 * r * (y[i] - mu - theta[group[i] + 1]);
                    grad[0] += r;
                    grad[group[i] + 1] += r;
                }
                return lp;
            }
        });
    }

    @Override
    public double[][] heldOutLogLikelihood(Draws posterior, int[] heldOut) {
        int per = posterior.numDraws();
        int s = per * posterior.numChains();
        double[][][] ll = new double[s][simulations][heldOut.length];
        int row = 0;
        for (ChainDraws chain : posterior.chains()) {
            for (int t = 0; t < per; t++, row++) {
                double mu = chain.draws()[t][0];
                for (int r = 0; r < simulations; r++) {
                    // one new effect per held-out group and simulation, shared by the group's rows
                    double[] u = new double[groups];
                    for (int g = 0; g < groups; g++) u[g] = tau * random.nextGaussian();
                    for (int j = 0; j < heldOut.length; j++) {
                        int i = heldOut[j];
                        ll[row][r][j] = NormalMeanScorer.logNormal(y[i], mu + u[group[i]], sigma);
                    }
                }
            }
        }
        if (!logScaleAverage) return kfold.marginaliseSimulations(ll);
        double[][] out = new double[s][heldOut.length];
        for (int t = 0; t < s; t++) {
            for (int j = 0; j < heldOut.length; j++) {
                for (int r = 0; r < simulations; r++) out[t][j] += ll[t][r][j] / simulations;
            }
        }
        return out;
    }

    /**
     * Exact {@code log p(y_i | training rows)} for a row of a held-out group: with
     * {@code ybar_g | mu ~ Normal(mu, tau^2 + sigma^2 / n_g)} for each training group,
     * {@code mu} is normal with precision {@code 1/2^2 + sum_g 1 / (tau^2 + sigma^2 / n_g)}
     * and {@code y_i ~ Normal(m, sqrt(v + tau^2 + sigma^2))}.
     */
    double exactPredictive(boolean[] training, int i) {
        double[] sum = new double[groups];
        int[] count = new int[groups];
        for (int j = 0; j < y.length; j++) {
            if (training[j]) {
                sum[group[j]] += y[j];
                count[group[j]]++;
            }
        }
        double precision = 1 / (PRIOR_SD * PRIOR_SD);
        double weighted = 0;
        for (int g = 0; g < groups; g++) {
            if (count[g] == 0) continue;
            double var = tau * tau + sigma * sigma / count[g];
            precision += 1 / var;
            weighted += sum[g] / count[g] / var;
        }
        double v = 1 / precision;
        return NormalMeanScorer.logNormal(y[i], v * weighted, Math.sqrt(v + tau * tau + sigma * sigma));
    }
}
