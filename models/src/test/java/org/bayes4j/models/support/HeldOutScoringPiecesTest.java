package org.bayes4j.models.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * {@link LogMeanExp} and {@link BinomialLogit} against their textbook
 * formulas where those are safe, and finite where the textbook formulas
 * overflow or round to zero.
 */
class HeldOutScoringPiecesTest {

    @Test
    void logMeanExpMatchesTheNaiveFormulaAndSurvivesExtremes() {
        double[] x = {-1.5, 0.3, 2.0, -0.7};
        double naive = Math.log((Math.exp(-1.5) + Math.exp(0.3) + Math.exp(2.0) + Math.exp(-0.7)) / 4);
        assertEquals(naive, LogMeanExp.of(x), 1e-14);
        // exp(1000) overflows: the result is 1000 + log((1 + e^-1) / 2)
        assertEquals(1000 + Math.log((1 + Math.exp(-1)) / 2), LogMeanExp.of(new double[] {1000, 999}), 1e-12);
        assertEquals(-1000 + Math.log((1 + Math.exp(-1)) / 2), LogMeanExp.of(new double[] {-1000, -1001}), 1e-12);
        assertEquals(Double.NEGATIVE_INFINITY, LogMeanExp.of(new double[] {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY}));
        assertEquals(Math.log(0.5), LogMeanExp.of(new double[] {0, Double.NEGATIVE_INFINITY}), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> LogMeanExp.of(new double[] {0, Double.NaN}));
        assertThrows(IllegalArgumentException.class, () -> LogMeanExp.of(new double[0]));
    }

    @Test
    void binomialLogitMatchesTheNaiveFormula() {
        int[][] cases = {{10, 0}, {10, 3}, {25, 25}, {35, 17}, {1, 1}, {0, 0}};
        for (int[] c : cases) {
            int n = c[0], k = c[1];
            for (double eta : new double[] {-3, -0.2, 0, 1.7, 4}) {
                double p = 1 / (1 + Math.exp(-eta));
                double naive = Math.log(choose(n, k)) + k * Math.log(p) + (n - k) * Math.log(1 - p);
                assertEquals(naive, BinomialLogit.logPmf(n, k, eta, BinomialLogit.logChoose(n, k)), 1e-11 * (1 + Math.abs(naive)),
                        "n " + n + ", k " + k + ", eta " + eta);
            }
        }
        // at eta = 40, 1 - p rounds to 0 in the naive formula; here it is -40 per failure
        double lp = BinomialLogit.logPmf(10, 9, 40, BinomialLogit.logChoose(10, 9));
        assertEquals(Math.log(10) - 40 - 9 * Math.exp(-40), lp, 1e-12);
        assertTrue(Double.isFinite(BinomialLogit.logPmf(35, 0, 800, 0)));
        assertThrows(IllegalArgumentException.class, () -> BinomialLogit.logChoose(3, 4));
    }

    private static double choose(int n, int k) {
        double c = 1;
        for (int i = 1; i <= k; i++) c = c * (n - k + i) / i;
        return c;
    }
}
