package org.bayes4j.diagnostics.loo;

import java.util.Arrays;

/**
 * The tail step of Pareto smoothed importance sampling, with reusable buffers
 * (one instance per thread; PSIS-LOO calls it once per observation).
 *
 * <p>Input: S shifted log ratios {@code lw} (largest 0). The M largest and the
 * cutoff below them are found without sorting all S values ({@link #largest}),
 * ranking ties by index as a stable ascending sort would. The tail is then replaced
 * by the quantiles of a fitted generalised Pareto distribution, exactly as
 * {@link ParetoSmoothedImportanceSampling} describes.
 */
final class ParetoTail {

    private static final int MIN_TAIL = 5;

    private final double[] candidateValue;
    private final long[] keys;
    private final int[] candidate;
    private final int[] tail;
    private final int[] ranked;
    private final double[] tailValues;
    private final double[] exceedances;

    /** Shape of the last fit, {@code Infinity} when none was possible. */
    double k;
    /** Number of tail entries replaced by the last call (0 when left unsmoothed). */
    int smoothedCount;
    /** Tail length used by the last call. */
    int tailLength;

    ParetoTail(int s) {
        candidateValue = new double[s];
        keys = new long[s];
        candidate = new int[s];
        tail = new int[s];
        ranked = new int[s];
        tailValues = new double[s];
        exceedances = new double[s];
    }

    /** Indices (ascending by original value) of the entries replaced by the last call: {@code tailIndex(0..smoothedCount-1)}. */
    int tailIndex(int j) { return tail[j]; }

    /** The value {@code lw[tailIndex(j)]} had before the last call smoothed it. */
    double originalValue(int j) { return tailValues[j]; }

    /**
     * Smooths the tail of {@code lw[0..s)} in place (not yet truncated). Afterwards
     * {@link #k}, {@link #tailLength} and {@link #smoothedCount} describe what was done.
     */
    void smooth(double[] lw, int s, double rEff) {
        int m = ParetoSmoothedImportanceSampling.tailLength(s, rEff);
        tailLength = m;
        k = Double.POSITIVE_INFINITY;
        smoothedCount = 0;
        if (m < MIN_TAIL || m >= s) return;
        // the m + 1 largest in the order of a stable ascending sort (by value, ties by index), ascending
        int cutoffIndex = largest(lw, s, m + 1);
        double cutoff = lw[cutoffIndex];
        for (int j = 0; j < m; j++) tailValues[j] = lw[tail[j]];
        if (!(Math.abs(tailValues[m - 1] - tailValues[0]) >= Math.ulp(1.0) / 100)) return;
        double expCutoff = Math.exp(cutoff);
        for (int j = 0; j < m; j++) exceedances[j] = Math.exp(tailValues[j]) - expCutoff;
        GeneralisedParetoFit fit = GeneralisedParetoFit.fit(exceedances, m);
        k = fit.k();
        if (!Double.isFinite(k)) return;
        for (int j = 0; j < m; j++) {
            double p = (j + 1 - 0.5) / m;
            lw[tail[j]] = Math.log(fit.quantile(p) + expCutoff);
        }
        smoothedCount = m;
    }

    /**
     * Puts the {@code size - 1} largest entries of {@code lw[0..s)} (ties ranked by
     * index, later higher, as a stable ascending sort ranks them) into
     * {@code tail[0..size-1)} in ascending order, and returns the index of the
     * next largest, the cutoff.
     *
     * <p>A threshold is first guessed from every fourth value: a quickselect (Hoare
     * 1961, "Algorithm 65: find") on that subsample finds a value that about
     * {@code 1.3 size + 40} entries exceed; one scan collects the candidates at or above
     * it, and only they are sorted. Should the guess keep fewer than {@code size}
     * (rare), the whole array is sorted instead. Either way the result is exact.
     */
    private int largest(double[] lw, int s, int size) {
        int count = 0;
        int stride = 4;
        int sampleSize = (s + stride - 1) / stride;
        int wanted = (int) Math.ceil(1.3 * size / stride) + 10;
        if (wanted < sampleSize) {
            for (int t = 0, j = 0; t < s; t += stride) candidateValue[j++] = lw[t];
            double threshold = select(candidateValue, sampleSize, sampleSize - wanted);
            for (int t = 0; t < s; t++) if (lw[t] >= threshold) candidate[count++] = t;
        }
        if (count < size) {
            count = s;
            for (int t = 0; t < s; t++) candidate[t] = t;
        }
        rankStably(lw, count);
        System.arraycopy(candidate, count - size + 1, tail, 0, size - 1);
        return candidate[count - size];
    }

    /**
     * Reorders {@code candidate[0..count)} (ascending indices) into ascending order
     * of {@code lw}, ties by index (as {@link Double#compare}, then index).
     *
     * <p>Each value is mapped to a long whose signed order is that of the doubles
     * (negative values have their magnitude bits flipped); its lowest bits are then
     * replaced by the candidate's position, and the longs are sorted as primitives.
     * That order is exact except among values which agree but for those low bits; an
     * insertion pass with the exact comparison repairs it, in linear time as only
     * such near-ties (rare) are out of place.
     */
    private void rankStably(double[] lw, int count) {
        int positionBits = 32 - Integer.numberOfLeadingZeros(Math.max(count - 1, 1));
        long positionMask = (1L << positionBits) - 1;
        for (int j = 0; j < count; j++) {
            long bits = Double.doubleToRawLongBits(lw[candidate[j]]);
            long ordered = bits ^ ((bits >> 63) & Long.MAX_VALUE);
            keys[j] = (ordered & ~positionMask) | j;
        }
        Arrays.sort(keys, 0, count);
        for (int j = 0; j < count; j++) ranked[j] = candidate[(int) (keys[j] & positionMask)];
        for (int j = 1; j < count; j++) {
            int t = ranked[j];
            double v = lw[t];
            int i = j - 1;
            while (i >= 0 && precedes(v, t, lw[ranked[i]], ranked[i])) {
                ranked[i + 1] = ranked[i];
                i--;
            }
            ranked[i + 1] = t;
        }
        System.arraycopy(ranked, 0, candidate, 0, count);
    }

    /** Whether entry t (value v) comes before entry u (value w): by value, then by index. */
    private static boolean precedes(double v, int t, double w, int u) {
        int c = Double.compare(v, w);
        return c < 0 || (c == 0 && t < u);
    }

    /** The {@code rank}-th smallest (0-based) of {@code a[0..n)}, reordering {@code a}. */
    static double select(double[] a, int n, int rank) {
        int lo = 0;
        int hi = n - 1;
        while (hi > lo) {
            // median of three as pivot guards against sorted input
            int mid = (lo + hi) >>> 1;
            double x = a[lo];
            double y = a[mid];
            double z = a[hi];
            double pivot = x < y ? (y < z ? y : Math.max(x, z)) : (x < z ? x : Math.max(y, z));
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) i++;
                while (a[j] > pivot) j--;
                if (i <= j) {
                    double tmp = a[i];
                    a[i] = a[j];
                    a[j] = tmp;
                    i++;
                    j--;
                }
            }
            // now a[lo..j] <= pivot <= a[i..hi], and entries strictly between j and i equal the pivot
            if (rank <= j) hi = j;
            else if (rank >= i) lo = i;
            else return pivot;
        }
        return a[rank];
    }
}
