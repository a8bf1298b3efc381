package org.bayes4j.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The Pareto-k bands of loo: closed on the right, an unfitted k counted as very bad. */
class ParetoKTableTest {

    @Test
    void bandEdgesBelongToTheLowerBand() {
        assertEquals(0, ParetoKTable.band(-0.3));
        assertEquals(0, ParetoKTable.band(0.5));
        assertEquals(1, ParetoKTable.band(Math.nextUp(0.5)));
        assertEquals(1, ParetoKTable.band(0.7));
        assertEquals(2, ParetoKTable.band(1.0));
        assertEquals(3, ParetoKTable.band(Math.nextUp(1.0)));
        assertEquals(3, ParetoKTable.band(Double.POSITIVE_INFINITY));
        assertEquals(3, ParetoKTable.band(Double.NaN));
    }

    @Test
    void countsPercentagesAndSmallestNEffPerBand() {
        double[] k = {0.1, 0.6, 0.65, 0.9, 2.0};
        double[] nEff = {900, 300, 200, 50, 3};
        assertArrayEquals(new int[] {1, 2, 1, 1}, ParetoKTable.counts(k));
        List<String> lines = ParetoKTable.lines(k, nEff);
        assertEquals("Pareto k diagnostic values:", lines.get(0));
        assertEquals(" (-Inf, 0.5]  (good)         1   20.0%  900", lines.get(2));
        assertEquals("  (0.5, 0.7]  (ok)           2   40.0%  200", lines.get(3));
        assertEquals("    (0.7, 1]  (bad)          1   20.0%  50", lines.get(4));
        assertEquals("    (1, Inf)  (very bad)     1   20.0%  3", lines.get(5));
        assertEquals("With S = 100 draws the k threshold is min(1 - 1/log10(S), 0.7) = 0.50.", ParetoKTable.thresholdNote(100, 0.5));
    }
}
