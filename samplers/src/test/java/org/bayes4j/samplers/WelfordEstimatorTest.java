package org.bayes4j.samplers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.bayes4j.samplers.adaptation.WelfordCovariance;
import org.bayes4j.samplers.adaptation.WelfordVariance;
import org.bayes4j.testkit.Property;
import org.junit.jupiter.api.Test;

/** Welford's streaming estimates equal the two-pass formulas; the regularisation is Stan's. */
class WelfordEstimatorTest {

    @Test
    void streamingEqualsTwoPass() {
        Property.forAll("welford = two-pass", 21L, 100, gen -> {
            int d = gen.integer(1, 4), n = gen.integer(2, 40);
            double[][] x = new double[n][];
            for (int i = 0; i < n; i++) x[i] = gen.reals(d, -1e3 + 5, 1e3 + 5);
            WelfordVariance v = WelfordVariance.empty(d);
            WelfordCovariance c = WelfordCovariance.empty(d);
            for (double[] row : x) { v = v.add(row); c = c.add(row); }
            double[] mean = new double[d];
            for (double[] row : x) for (int j = 0; j < d; j++) mean[j] += row[j] / n;
            double[] var = v.sampleVariance();
            double[] cov = c.sampleCovariance();
            for (int j = 0; j < d; j++) {
                for (int k = 0; k < d; k++) {
                    double s = 0;
                    for (double[] row : x) s += (row[j] - mean[j]) * (row[k] - mean[k]);
                    s /= n - 1;
                    assertEquals(s, cov[j * d + k], 1e-9 * (1 + Math.abs(s)));
                    if (j == k) assertEquals(s, var[j], 1e-9 * (1 + Math.abs(s)));
                }
            }
        });
    }

    @Test
    void regularisationShrinksTowardsOneThousandth() {
        WelfordVariance v = WelfordVariance.empty(1);
        WelfordCovariance c = WelfordCovariance.empty(2);
        double[] xs = {1, 3, 5, 7, 9};
        for (double x : xs) { v = v.add(new double[] {x}); c = c.add(new double[] {x, -x}); }
        double s2 = 10.0; // sample variance of 1,3,5,7,9
        double expected = 5.0 / 10 * s2 + 1e-3 * 5.0 / 10;
        assertEquals(expected, v.regularisedVariance()[0], 1e-12);
        double[] cov = c.regularisedCovariance();
        assertEquals(expected, cov[0], 1e-12);
        assertEquals(-0.5 * s2, cov[1], 1e-12);
        assertEquals(expected, cov[3], 1e-12);
    }
}
