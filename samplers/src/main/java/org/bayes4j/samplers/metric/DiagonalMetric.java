package org.bayes4j.samplers.metric;

import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;

/**
 * A diagonal metric with inverse $M^{-1} = \mathrm{diag}(v)$, $v_i > 0$
 * (Stan's {@code diag_e}; warm-up sets $v_i$ to a regularised posterior
 * variance): $K(p) = \tfrac12\sum_i v_i p_i^2$, $p^\sharp_i = v_i p_i$, and
 * $p_i = z_i / \sqrt{v_i}$ with $z_i \sim N(0,1)$.
 */
public final class DiagonalMetric implements Metric {

    private final double[] inverseDiagonal;
    private final double[] inverseSqrt;

    /** @param inverseDiagonal the diagonal of $M^{-1}$; copied; every entry finite and positive */
    public DiagonalMetric(double[] inverseDiagonal) {
        this.inverseDiagonal = inverseDiagonal.clone();
        this.inverseSqrt = new double[inverseDiagonal.length];
        for (int i = 0; i < inverseDiagonal.length; i++) {
            double v = inverseDiagonal[i];
            if (!(v > 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("diag_e metric: inverse metric[" + i + "] is " + v + ", but must be finite and positive");
            }
            inverseSqrt[i] = 1.0 / Math.sqrt(v);
        }
    }

    @Override public String name() { return "diag_e"; }

    @Override public int dimension() { return inverseDiagonal.length; }

    @Override public double kineticEnergy(double[] p) {
        double s = 0;
        for (int i = 0; i < inverseDiagonal.length; i++) s += inverseDiagonal[i] * p[i] * p[i];
        return 0.5 * s;
    }

    @Override public void velocity(double[] p, double[] out) {
        for (int i = 0; i < inverseDiagonal.length; i++) out[i] = inverseDiagonal[i] * p[i];
    }

    @Override public void sampleMomentum(NormalizedGaussianSampler gaussian, double[] out) {
        for (int i = 0; i < inverseSqrt.length; i++) out[i] = gaussian.sample() * inverseSqrt[i];
    }

    @Override public double[] inverseMetric() { return inverseDiagonal.clone(); }

    @Override public String toString() { return "diag_e" + java.util.Arrays.toString(inverseDiagonal); }
}
