package org.bayes4j.samplers.metric;

import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;

/**
 * A dense metric with symmetric positive-definite inverse $M^{-1} = \Sigma$
 * (Stan's {@code dense_e}; warm-up sets $\Sigma$ to a regularised posterior
 * covariance). $K(p) = \tfrac12 p^\top\Sigma p$ and $p^\sharp = \Sigma p$.
 * With the Cholesky factor $\Sigma = LL^\top$, momenta are drawn as
 * $p = L^{-\top} z$, $z\sim N(0, I)$, whose covariance is
 * $L^{-\top}L^{-1} = \Sigma^{-1} = M$.
 */
public final class DenseMetric implements Metric {

    private final int d;
    private final double[] sigma;       // row-major inverse metric
    private final double[] cholesky;    // lower factor L, row-major

    /** @param inverseMetric row-major d x d symmetric positive-definite matrix; copied */
    public DenseMetric(int dimension, double[] inverseMetric) {
        if (inverseMetric.length != dimension * dimension) {
            throw new IllegalArgumentException("dense_e metric: inverse metric has " + inverseMetric.length + " entries, but must have "
                    + dimension + " x " + dimension);
        }
        this.d = dimension;
        this.sigma = inverseMetric.clone();
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < i; j++) {
                double a = sigma[i * d + j], b = sigma[j * d + i];
                if (Math.abs(a - b) > 1e-8 * (Math.abs(a) + Math.abs(b)) + 1e-300) {
                    throw new IllegalArgumentException("dense_e metric: inverse metric[" + i + ", " + j + "] is " + a
                            + " but [" + j + ", " + i + "] is " + b + "; it must be symmetric");
                }
            }
        }
        this.cholesky = choleskyLower(d, sigma);
    }

    /** Cholesky-Banachiewicz: $L_{jj} = \sqrt{\Sigma_{jj} - \sum_{k<j} L_{jk}^2}$, $L_{ij} = (\Sigma_{ij} - \sum_{k<j} L_{ik}L_{jk})/L_{jj}$. */
    private static double[] choleskyLower(int d, double[] a) {
        double[] l = new double[d * d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i * d + j];
                for (int k = 0; k < j; k++) s -= l[i * d + k] * l[j * d + k];
                if (i == j) {
                    if (!(s > 0) || Double.isInfinite(s)) {
                        throw new IllegalArgumentException("dense_e metric: inverse metric is not positive definite (pivot " + i + " is " + s + ")");
                    }
                    l[i * d + i] = Math.sqrt(s);
                } else {
                    l[i * d + j] = s / l[j * d + j];
                }
            }
        }
        return l;
    }

    @Override public String name() { return "dense_e"; }

    @Override public int dimension() { return d; }

    @Override public double kineticEnergy(double[] p) {
        double s = 0;
        for (int i = 0; i < d; i++) {
            double row = 0;
            for (int j = 0; j < d; j++) row += sigma[i * d + j] * p[j];
            s += p[i] * row;
        }
        return 0.5 * s;
    }

    @Override public void velocity(double[] p, double[] out) {
        for (int i = 0; i < d; i++) {
            double row = 0;
            for (int j = 0; j < d; j++) row += sigma[i * d + j] * p[j];
            out[i] = row;
        }
    }

    /** Solves $L^\top p = z$ by back substitution, in place: {@code out} holds $z$ until entry i is solved. */
    @Override public void sampleMomentum(NormalizedGaussianSampler gaussian, double[] out) {
        for (int i = 0; i < d; i++) out[i] = gaussian.sample();
        for (int i = d - 1; i >= 0; i--) {
            double s = out[i];
            for (int k = i + 1; k < d; k++) s -= cholesky[k * d + i] * out[k];
            out[i] = s / cholesky[i * d + i];
        }
    }

    @Override public double[] inverseMetric() { return sigma.clone(); }
}
