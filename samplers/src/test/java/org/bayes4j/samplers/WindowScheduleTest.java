package org.bayes4j.samplers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.bayes4j.samplers.adaptation.WindowSchedule;
import org.junit.jupiter.api.Test;

/** Stan's warm-up schedule as a pure function of the warm-up length. */
class WindowScheduleTest {

    private static int[][] windows(WindowSchedule s) { return s.windows().toArray(new int[0][]); }

    @Test
    void defaultThousandIterations() {
        WindowSchedule s = WindowSchedule.stan(1000);
        assertArrayEquals(new int[][] {{75, 100}, {100, 150}, {150, 250}, {250, 450}, {450, 950}}, windows(s));
        assertEquals(75, s.initBuffer());
        assertEquals(50, s.termBuffer());
        assertFalse(s.isInWindow(74));
        assertTrue(s.isInWindow(75));
        assertTrue(s.isWindowEnd(99));
        assertTrue(s.isWindowEnd(949));
        assertFalse(s.isInWindow(950));
        assertFalse(s.isWindowEnd(950));
    }

    @Test
    void shortWarmupUsesFifteenSeventyFiveTenPercent() {
        // 100 < 75 + 25 + 50: init 15, term 10, one window of 75
        WindowSchedule s = WindowSchedule.stan(100);
        assertEquals(15, s.initBuffer());
        assertEquals(10, s.termBuffer());
        assertArrayEquals(new int[][] {{15, 90}}, windows(s));
        // 149: init (int) 22.35 = 22, term (int) 14.9 = 14
        assertArrayEquals(new int[][] {{22, 135}}, windows(WindowSchedule.stan(149)));
        // 150 fits the three stages exactly
        assertArrayEquals(new int[][] {{75, 100}}, windows(WindowSchedule.stan(150)));
        // 200: [75,100) then the doubled window would overrun, so it is stretched to 150
        assertArrayEquals(new int[][] {{75, 100}, {100, 150}}, windows(WindowSchedule.stan(200)));
        // 500: windows end at 99, 149, 249; the next (size 200) ends at 449 = last slow iteration
        assertArrayEquals(new int[][] {{75, 100}, {100, 150}, {150, 250}, {250, 450}}, windows(WindowSchedule.stan(500)));
        // 400: after 149 the doubled window would end at 249, and 249 + 200 >= 350, so it is stretched to 350
        assertArrayEquals(new int[][] {{75, 100}, {100, 150}, {150, 350}}, windows(WindowSchedule.stan(400)));
    }

    @Test
    void tinyWarmupAdaptsNoMetric() {
        for (int n = 0; n < 20; n++) assertEquals(List.of(), WindowSchedule.stan(n).windows());
        assertEquals(1, WindowSchedule.stan(20).windows().size());
    }

    @Test
    void windowsTileTheSlowPhaseForEveryLength() {
        for (int n = 20; n <= 5000; n++) {
            WindowSchedule s = WindowSchedule.stan(n);
            List<int[]> w = s.windows();
            assertEquals(s.initBuffer(), w.get(0)[0], "n=" + n);
            assertEquals(n - s.termBuffer(), w.get(w.size() - 1)[1], "n=" + n);
            for (int k = 0; k < w.size(); k++) {
                assertTrue(w.get(k)[1] > w.get(k)[0], "empty window at n=" + n);
                if (k > 0) assertEquals(w.get(k - 1)[1], w.get(k)[0], "gap at n=" + n);
                // each window except the stretched last one doubles the previous
                if (k > 0 && k < w.size() - 1) {
                    assertEquals(2 * (w.get(k - 1)[1] - w.get(k - 1)[0]), w.get(k)[1] - w.get(k)[0], "n=" + n);
                }
            }
        }
    }
}
