package org.bayes4j.samplers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.bayes4j.samplers.metric.DenseMetric;
import org.bayes4j.samplers.metric.DiagonalMetric;
import org.bayes4j.samplers.metric.Metric;
import org.bayes4j.samplers.metric.UnitMetric;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.Property;
import org.junit.jupiter.api.Test;

/** Metric laws: K(p) = p.velocity(p)/2, momenta have covariance M, dense agrees with diagonal. */
class MetricTest {

    @Test
    void kineticEnergyIsHalfMomentumDotVelocity() {
        Property.forAll("K = p.v/2", 31L, 100, gen -> {
            int d = gen.integer(1, 5);
            for (Metric m : new Metric[] {new UnitMetric(d), new DiagonalMetric(gen.positives(d, 0.01, 100)),
                    new DenseMetric(d, gen.positiveDefinite(d))}) {
                double[] p = gen.normals(d), v = new double[d];
                m.velocity(p, v);
                double dot = 0;
                for (int i = 0; i < d; i++) dot += p[i] * v[i];
                assertEquals(0.5 * dot, m.kineticEnergy(p), 1e-10 * (1 + Math.abs(dot)), m.name());
            }
        });
    }

    @Test
    void denseWithDiagonalMatrixEqualsDiagonal() {
        Property.forAll("dense(diag) = diag", 32L, 50, gen -> {
            int d = gen.integer(1, 5);
            double[] v = gen.positives(d, 0.01, 100);
            double[] full = new double[d * d];
            for (int i = 0; i < d; i++) full[i * d + i] = v[i];
            Gen a = Gen.seeded(gen.seed()), b = Gen.seeded(gen.seed());
            double[] pa = new double[d], pb = new double[d];
            new DiagonalMetric(v).sampleMomentum(ZigguratSampler.NormalizedGaussian.of(a.rng()), pa);
            new DenseMetric(d, full).sampleMomentum(ZigguratSampler.NormalizedGaussian.of(b.rng()), pb);
            for (int i = 0; i < d; i++) assertEquals(pa[i], pb[i], 1e-12 * (1 + Math.abs(pa[i])));
        });
    }

    @Test
    void denseMomentaHaveCovarianceM() {
        // Sigma = [[4, 1.2], [1.2, 1]], M = Sigma^{-1}; n = 200000 draws; each entry's standard
        // error is below 0.006, so a 0.04 tolerance (> 6 SE) fails with probability < 1e-8
        double[] sigma = {4, 1.2, 1.2, 1};
        double det = 4 - 1.44;
        double[] m = {1 / det, -1.2 / det, -1.2 / det, 4 / det};
        DenseMetric metric = new DenseMetric(2, sigma);
        var g = ZigguratSampler.NormalizedGaussian.of(Gen.seeded(33L).rng());
        int n = 200_000;
        double[] s = new double[4], p = new double[2];
        for (int i = 0; i < n; i++) {
            metric.sampleMomentum(g, p);
            s[0] += p[0] * p[0] / n; s[1] += p[0] * p[1] / n; s[3] += p[1] * p[1] / n;
        }
        assertEquals(m[0], s[0], 0.04);
        assertEquals(m[1], s[1], 0.04);
        assertEquals(m[3], s[3], 0.04);
    }

    @Test
    void rejectsInvalidMetrics() {
        assertThrows(IllegalArgumentException.class, () -> new DiagonalMetric(new double[] {1, -2}));
        assertThrows(IllegalArgumentException.class, () -> new DiagonalMetric(new double[] {Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> new DenseMetric(2, new double[] {1, 2, 2, 1}));
        assertThrows(IllegalArgumentException.class, () -> new DenseMetric(2, new double[] {1, 0.5, 0.1, 1}));
    }
}
