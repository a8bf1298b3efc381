package org.bayes4j.samplers.metric;

import java.util.Arrays;

import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;

/**
 * The identity metric $M = I$: $K(p) = \tfrac12\lVert p\rVert^2$, velocity
 * equals momentum, momenta are standard normal (Stan's {@code unit_e}).
 */
public record UnitMetric(int dimension) implements Metric {

    public UnitMetric {
        if (dimension < 1) throw new IllegalArgumentException("metric dimension is " + dimension + ", but must be >= 1");
    }

    @Override public String name() { return "unit_e"; }

    @Override public double kineticEnergy(double[] p) {
        double s = 0;
        for (double v : p) s += v * v;
        return 0.5 * s;
    }

    @Override public void velocity(double[] p, double[] out) { System.arraycopy(p, 0, out, 0, dimension); }

    @Override public void sampleMomentum(NormalizedGaussianSampler gaussian, double[] out) {
        for (int i = 0; i < dimension; i++) out[i] = gaussian.sample();
    }

    @Override public double[] inverseMetric() {
        double[] ones = new double[dimension];
        Arrays.fill(ones, 1.0);
        return ones;
    }
}
