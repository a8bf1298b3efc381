package org.bayes4j.diagnostics.kfold;

import org.bayes4j.spi.density.LogDensity;
import org.bayes4j.spi.density.SamplingTarget;
import org.bayes4j.spi.diagnostic.FoldScorer;
import org.bayes4j.spi.draws.ChainDraws;
import org.bayes4j.spi.draws.Draws;

/**
 * The conjugate toy model {@code y_i ~ Normal(mu, sigma)}, sigma known,
 * {@code mu ~ Normal(0, tau)}, as a {@link FoldScorer}: the training target's
 * likelihood sums over the training rows only, and a held-out row scores
 * {@code log Normal(y_i | mu_s, sigma)}. With {@code leak} set it is deliberately
 * broken: it ignores the mask and trains on every row, held-out ones included.
 */
final class NormalMeanScorer implements FoldScorer {

    static final double HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

    final double[] y;
    final double sigma;
    final double tau;
    final boolean leak;

    NormalMeanScorer(double[] y, double sigma, double tau, boolean leak) {
        this.y = y.clone();
        this.sigma = sigma;
        this.tau = tau;
        this.leak = leak;
    }

    @Override public int rows() { return y.length; }

    @Override
    public SamplingTarget trainingTarget(boolean[] training) {
        double sum = 0;
        int count = 0;
        for (int i = 0; i < y.length; i++) {
            if (training[i] || leak) {
                sum += y[i];
                count++;
            }
        }
        double sumY = sum;
        int n = count;
        // log p(mu | y_T) up to a constant: -mu^2 / (2 tau^2) - (n mu^2 - 2 mu sum y) / (2 sigma^2)
        return SamplingTarget.ofUnconstrained(1, () -> new LogDensity() {
            @Override public int dimension() { return 1; }

            @Override public double logDensity(double[] theta) {
                double mu = theta[0];
                return -mu * mu / (2 * tau * tau) - (n * mu * mu - 2 * mu * sumY) / (2 * sigma * sigma);
            }

            @Override public double logDensityGradient(double[] theta, double[] gradOut) {
                double mu = theta[0];
                gradOut[0] = -mu / (tau * tau) - (n * mu - sumY) / (sigma * sigma);
                return logDensity(theta);
            }
        });
    }

    @Override
    public double[][] heldOutLogLikelihood(Draws posterior, int[] heldOut) {
        int perChain = posterior.numDraws();
        double[][] out = new double[perChain * posterior.numChains()][heldOut.length];
        int s = 0;
        for (ChainDraws chain : posterior.chains()) {
            for (int t = 0; t < perChain; t++, s++) {
                double mu = chain.draws()[t][0];
                for (int j = 0; j < heldOut.length; j++) out[s][j] = logNormal(y[heldOut[j]], mu, sigma);
            }
        }
        return out;
    }

    static double logNormal(double x, double mean, double sd) {
        double z = (x - mean) / sd;
        return -0.5 * z * z - Math.log(sd) - HALF_LOG_2PI;
    }

    /**
     * The exact log predictive density of row i given the rows in {@code training}:
     * the posterior of mu is Normal(m, v) with {@code 1/v = 1/tau^2 + n/sigma^2},
     * {@code m = v sum y / sigma^2}, so {@code y_i | y_T ~ Normal(m, sqrt(v + sigma^2))}.
     */
    double exactPredictive(boolean[] training, int i) {
        double sum = 0;
        int n = 0;
        for (int j = 0; j < y.length; j++) {
            if (training[j]) {
                sum += y[j];
                n++;
            }
        }
        double v = 1 / (1 / (tau * tau) + n / (sigma * sigma));
        double m = v * sum / (sigma * sigma);
        return logNormal(y[i], m, Math.sqrt(v + sigma * sigma));
    }
}
