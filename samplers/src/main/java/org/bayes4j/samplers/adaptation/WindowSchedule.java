package org.bayes4j.samplers.adaptation;

import java.util.ArrayList;
import java.util.List;

/**
 * Stan's windowed warm-up schedule, a pure function of the number of warm-up
 * iterations $N$. A fast initial buffer (step size only, default 75 iterations)
 * lets the chain reach the typical set; then slow windows estimate the metric,
 * starting at 25 iterations and doubling, the last one stretched to the start of
 * a terminal buffer (default 50) in which the step size is re-tuned to the final
 * metric. When $N < 75 + 25 + 50$ the buffers become 15% and 10% of $N$ and one
 * window takes the remaining 75%; when $N < 20$ no metric is adapted.
 * For $N = 1000$: windows [75, 100), [100, 150), [150, 250), [250, 450),
 * [450, 950), terminal buffer [950, 1000).
 *
 * <p>Reference: Stan Reference Manual, "Automatic parameter tuning"; Stan
 * {@code windowed_adaptation}.
 *
 * @param numWarmup  $N$
 * @param initBuffer iterations before the first window
 * @param termBuffer iterations after the last window
 * @param windows    the slow windows, each {@code [start, end)}, in order
 */
public record WindowSchedule(int numWarmup, int initBuffer, int termBuffer, List<int[]> windows) {

    public WindowSchedule {
        windows = List.copyOf(windows);
    }

    /** Stan's defaults: init buffer 75, term buffer 50, base window 25. */
    public static WindowSchedule stan(int numWarmup) {
        return of(numWarmup, 75, 50, 25);
    }

    /** Stan's rules for a given warm-up length and requested buffer and base-window sizes. */
    public static WindowSchedule of(int numWarmup, int initBuffer, int termBuffer, int baseWindow) {
        if (numWarmup < 0) throw new IllegalArgumentException("warm-up length is " + numWarmup + ", but must be >= 0");
        if (numWarmup < 20) return new WindowSchedule(numWarmup, numWarmup, 0, List.of());
        if (initBuffer + baseWindow + termBuffer > numWarmup) {
            // too short for the three stages: 15% / 75% / 10%
            initBuffer = (int) (0.15 * numWarmup);
            termBuffer = (int) (0.1 * numWarmup);
            baseWindow = numWarmup - (initBuffer + termBuffer);
        }
        int lastEnd = numWarmup - termBuffer - 1; // last iteration of the last window
        List<int[]> windows = new ArrayList<>();
        int size = baseWindow;
        int start = initBuffer;
        int end = initBuffer + size - 1;
        while (true) {
            windows.add(new int[] {start, end + 1});
            if (end == lastEnd) break;
            size *= 2;
            start = end + 1;
            end = end + size;
            // stretch this window to the terminal buffer if the next would not fit
            if (end != lastEnd && end + 2 * size >= numWarmup - termBuffer) end = lastEnd;
        }
        return new WindowSchedule(numWarmup, initBuffer, termBuffer, windows);
    }

    /** Whether iteration {@code i} (0-based) contributes to a metric estimate. */
    public boolean isInWindow(int i) {
        for (int[] w : windows) if (i >= w[0] && i < w[1]) return true;
        return false;
    }

    /** Whether iteration {@code i} is the last of a window (the metric is updated after it). */
    public boolean isWindowEnd(int i) {
        for (int[] w : windows) if (i == w[1] - 1) return true;
        return false;
    }

    @Override public String toString() {
        StringBuilder b = new StringBuilder("WindowSchedule(warmup=" + numWarmup + ", init=" + initBuffer + ", windows=");
        for (int[] w : windows) b.append('[').append(w[0]).append(", ").append(w[1]).append(')');
        return b.append(", term=").append(termBuffer).append(')').toString();
    }
}
