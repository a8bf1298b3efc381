package org.bayes4j.validation.uniformity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/**
 * The uniformity tests accept uniform values and reject values that are not:
 * too concentrated in the middle (an over-dispersed posterior) or shifted (a
 * biased one). Fixed seeds; the margins are wide (see each comment).
 */
class UniformityTestsCanFailTest {

    private static double[] uniform(int n, long seed) {
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        double[] u = new double[n];
        for (int i = 0; i < n; i++) u[i] = rng.nextDouble();
        return u;
    }

    @Test
    void bandCoverageOfUniformSamplesIsTheNominalLevel() {
        // 400 uniform samples of N = 50: the count inside the 95% band is Binomial(400, 0.95), sd 4.4;
        // accepting 360..397 fails a correct band with probability < 1e-4.
        EcdfBand band = EcdfBand.forSample(50);
        double gamma = band.adjustedGamma(0.05);
        int inside = 0;
        for (int s = 0; s < 400; s++) if (!band.leavesBand(uniform(50, 1000 + s), gamma)) inside++;
        assertTrue(inside >= 360 && inside <= 397, "inside: " + inside);
    }

    @Test
    void pValueAgreesWithTheBand() {
        EcdfBand band = EcdfBand.forSample(60);
        double gamma = band.adjustedGamma(0.05);
        for (int s = 0; s < 50; s++) {
            double[] u = uniform(60, 77 + s);
            for (int i = 0; i < u.length; i++) if (s % 2 == 0) u[i] = 0.5 + 0.5 * (u[i] - 0.5) * (s % 4 == 0 ? 0.6 : 1.0);
            assertEquals(band.leavesBand(u, gamma), band.pValue(u) <= 0.05, "sample " + s + ", p = " + band.pValue(u));
        }
    }

    @Test
    void concentratedOrShiftedValuesAreRejected() {
        double[] u = uniform(100, 5);
        double[] narrow = new double[100];
        double[] shifted = new double[100];
        for (int i = 0; i < 100; i++) {
            narrow[i] = 0.5 + 0.5 * (u[i] - 0.5);        // the truth never in the outer quarters: posterior too wide
            shifted[i] = Math.min(0.999, u[i] * 0.6 + 0.4); // the truth mostly above the draws: posterior biased low
        }
        EcdfBand band = EcdfBand.forSample(100);
        assertTrue(band.pValue(u) > 0.01, "uniform p = " + band.pValue(u));
        assertTrue(RankChiSquare.pValue(u) > 0.01, "uniform chi-square p = " + RankChiSquare.pValue(u));
        assertTrue(band.pValue(narrow) < 1e-6 && RankChiSquare.pValue(narrow) < 1e-6);
        assertTrue(band.pValue(shifted) < 1e-6 && RankChiSquare.pValue(shifted) < 1e-6);
    }

    @Test
    void holmRejectsStepDown() {
        // alpha 0.05, m = 4: thresholds 0.0125, 0.0167, 0.025, 0.05
        assertArrayEquals(new boolean[] {true, true, false, false}, Holm.reject(new double[] {0.01, 0.016, 0.03, 0.04}, 0.05));
        assertArrayEquals(new boolean[] {false, false, false, false}, Holm.reject(new double[] {0.02, 0.016, 0.06, 0.5}, 0.05));
        // an untested hypothesis (NaN) is never rejected and does not count: m = 3, thresholds 0.0167, 0.025, 0.05
        assertArrayEquals(new boolean[] {true, true, true, false}, Holm.reject(new double[] {0.02, 0.016, 0.03, Double.NaN}, 0.05));
        assertFalse(Holm.reject(new double[] {0.2}, 0.05)[0]);
    }
}
