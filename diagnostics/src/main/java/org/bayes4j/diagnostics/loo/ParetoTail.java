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
    /** Bins of the histogram that guesses the tail threshold. */
    private static final int BINS = 1024;
    /**
     * Buckets of the ranking's distribution sort per candidate: with two, fewer buckets
     * hold several candidates, and the insertion pass, whose every loop exit is a branch
     * the processor may mispredict, has less to do (one per candidate was about 7% slower
     * on the PSIS-LOO benchmark, four no faster than two).
     */
    private static final int BUCKETS_PER_CANDIDATE = 2;
    /** Budget of the kept plotting-position logarithms, in doubles per draw. */
    private static final int KEPT_LOGS_PER_DRAW = 16;

    private final int[] histogram = new int[BINS];
    private final long[] keys;
    private final long[] sortedKeys;
    private final int[] bucketOf;
    private final int[] bucketStart;
    private final int[] candidate;
    private final int[] tail;
    private final int[] ranked;
    private final double[] candidateValues;
    private final double[] sortedValues;
    private final double[] tailValues;
    private final double[] exceedances;
    /** {@link #logSurvival} by tail length, filled on first use while the budget lasts. */
    private final double[][] logSurvivalByLength;
    /** Doubles the kept logarithms may still take: {@link #KEPT_LOGS_PER_DRAW} per draw. */
    private long logSurvivalBudget;
    /** {@link #logSurvival} for a tail length met after the budget ran out. */
    private final double[] logSurvivalScratch;
    private final double[] smoothedRatios;

    /** Shape of the last fit, {@code Infinity} when none was possible. */
    double k;
    /** Number of tail entries replaced by the last call (0 when left unsmoothed). */
    int smoothedCount;
    /** Tail length used by the last call. */
    int tailLength;

    private final LooKernels kernels;

    ParetoTail(int s) { this(s, LooKernels.SELECTED); }

    ParetoTail(int s, LooKernels kernels) {
        this.kernels = kernels;
        keys = new long[s];
        sortedKeys = new long[s];
        bucketOf = new int[s];
        bucketStart = new int[BUCKETS_PER_CANDIDATE * s + 1];
        candidate = new int[s + 8];
        tail = new int[s];
        ranked = new int[s];
        candidateValues = new double[s];
        sortedValues = new double[s];
        tailValues = new double[s];
        exceedances = new double[s];
        logSurvivalByLength = new double[s][];
        logSurvivalBudget = (long) KEPT_LOGS_PER_DRAW * s;
        logSurvivalScratch = new double[s];
        smoothedRatios = new double[s];
    }

    /**
     * {@code log(1 - p_j)} at the plotting positions {@code p_j = (j + 1/2) / m}, j = 0..m-1,
     * where the tail is replaced by fitted quantiles. They depend on m alone, and m on the
     * relative efficiency, which takes few distinct values across observations (21 tail
     * lengths on the 10,000 observations of the benchmark, met in no particular order), so
     * they are kept for each m met: one logarithm per tail entry fewer. Tail lengths run
     * up to {@code 0.2 S}, so keeping all could take {@code 0.02 S^2} doubles; past a budget
     * of {@link #KEPT_LOGS_PER_DRAW} doubles per draw they are computed afresh.
     */
    private double[] logSurvival(int m) {
        double[] logs = logSurvivalByLength[m];
        if (logs != null) return logs;
        boolean keep = logSurvivalBudget >= m;
        logs = keep ? new double[m] : logSurvivalScratch;
        for (int j = 0; j < m; j++) logs[j] = LogOnePlus.log1p(-((j + 1 - 0.5) / m));
        if (keep) {
            logSurvivalByLength[m] = logs;
            logSurvivalBudget -= m;
        }
        return logs;
    }

    /** Indices (ascending by original value) of the entries replaced by the last call: {@code tailIndex(0..smoothedCount-1)}. */
    int tailIndex(int j) { return tail[j]; }

    /**
     * The smoothed importance ratio (on the scale of {@code exp(lw)}, not yet truncated)
     * that replaced entry {@code tailIndex(j)}: the fitted quantile plus {@code exp(cutoff)}.
     */
    double smoothedRatio(int j) { return smoothedRatios[j]; }

    /**
     * Smooths the tail of {@code lw[0..s)} in place (not yet truncated). Afterwards
     * {@link #k}, {@link #tailLength} and {@link #smoothedCount} describe what was done.
     */
    void smooth(double[] lw, int s, double rEff) { smooth(lw, s, rEff, true); }

    /**
     * As {@link #smooth(double[], int, double)}; with {@code writeLogs} false the
     * smoothed tail is left only in {@link #smoothedRatio} and {@code lw} keeps its
     * raw tail, for a caller that works on the ratio scale (one logarithm per tail
     * entry fewer).
     */
    void smooth(double[] lw, int s, double rEff, boolean writeLogs) {
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
        kernels.exceedances(tailValues, m, expCutoff, exceedances);
        GeneralisedParetoFit fit = GeneralisedParetoFit.fit(exceedances, m, kernels);
        k = fit.k();
        if (!Double.isFinite(k)) return;
        double[] logSurvival = logSurvival(m);
        if (fit.hasPositiveScale()) kernels.paretoQuantiles(logSurvival, m, k, fit.sigma(), expCutoff, smoothedRatios);
        else Arrays.fill(smoothedRatios, 0, m, Double.NaN);
        if (writeLogs) for (int j = 0; j < m; j++) lw[tail[j]] = Math.log(smoothedRatios[j]);
        smoothedCount = m;
    }

    /**
     * Puts the {@code size - 1} largest entries of {@code lw[0..s)} (ties ranked by
     * index, later higher, as a stable ascending sort ranks them) into
     * {@code tail[0..size-1)} in ascending order, and returns the index of the
     * next largest, the cutoff.
     *
     * <p>A threshold is first guessed from every fourth value ({@link #sampleThreshold}),
     * low enough that about {@code 1.3 size + 40} entries reach it; one scan collects
     * the candidates at or above it, and only they are ranked. Should the guess keep
     * fewer than {@code size} (rare), every entry is ranked instead. Either way the
     * candidates are all entries at or above some value, so the result is exact.
     */
    private int largest(double[] lw, int s, int size) {
        int count = 0;
        int stride = 4;
        int sampleSize = (s + stride - 1) / stride;
        int wanted = (int) Math.ceil(1.3 * size / stride) + 10;
        if (wanted < sampleSize) {
            double threshold = sampleThreshold(lw, s, stride, wanted);
            count = kernels.atLeast(lw, s, threshold, candidate);
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
     * A value at or (by at most one bin) below the {@code wanted}-th largest of the
     * sample {@code lw[0], lw[stride], ...}: the sample's range is cut into
     * {@link #BINS} equal bins, the values are counted per bin, and the bins are summed
     * from the top until they hold {@code wanted}; that bin's lower edge is returned.
     * A histogram rather than a quickselect, whose comparisons are branches the
     * processor cannot predict: the selection took about a seventh of PSIS-LOO's time.
     */
    private double sampleThreshold(double[] lw, int s, int stride, int wanted) {
        double lo = lw[0];
        double hi = lw[0];
        for (int t = stride; t < s; t += stride) {
            double v = lw[t];
            if (v < lo) lo = v;
            if (v > hi) hi = v;
        }
        if (!(hi > lo)) return lo;
        double scale = BINS / (hi - lo);
        Arrays.fill(histogram, 0);
        for (int t = 0; t < s; t += stride) histogram[Math.min((int) ((lw[t] - lo) * scale), BINS - 1)]++;
        int bin = BINS;
        int above = 0;
        while (above < wanted) above += histogram[--bin];
        return lo + bin / scale;
    }

    /**
     * Reorders {@code candidate[0..count)} (ascending indices) into ascending order
     * of {@code lw}, ties by index (as {@link Double#compare}, then index).
     *
     * <p>A distribution sort of the (value, index) pairs: each pair goes to one of
     * {@code 2 count} buckets by the linear position of its value between the smallest
     * and the largest candidate, the buckets are laid out in order (keeping index order
     * within each), and an insertion sort with the exact comparison finishes. The
     * bucket of a value never decreases with it (a subtraction and a multiplication by
     * a positive number are monotone in floating point), so the insertion sort only
     * reorders pairs within a bucket: expected linear time for the smooth spread of a
     * tail. Crowded buckets (values bunched far from an outlier) would make it
     * quadratic, so past a linear budget of moves, and when the candidates do not
     * span a range, {@link #rankByKeys} ranks them instead.
     */
    private void rankStably(double[] lw, int count) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < count; j++) {
            double v = lw[candidate[j]];
            candidateValues[j] = v;
            if (v < lo) lo = v;
            if (v > hi) hi = v;
        }
        if (!(hi > lo)) {
            rankByKeys(lw, count);
            return;
        }
        int buckets = BUCKETS_PER_CANDIDATE * count;
        double scale = buckets / (hi - lo);
        Arrays.fill(bucketStart, 0, buckets + 1, 0);
        for (int j = 0; j < count; j++) {
            int b = Math.min((int) ((candidateValues[j] - lo) * scale), buckets - 1);
            bucketOf[j] = b;
            bucketStart[b + 1]++;
        }
        for (int b = 0; b < buckets; b++) bucketStart[b + 1] += bucketStart[b];
        for (int j = 0; j < count; j++) {
            int position = bucketStart[bucketOf[j]]++;
            sortedValues[position] = candidateValues[j];
            ranked[position] = candidate[j];
        }
        long budget = 16L * count;
        for (int j = 1; j < count; j++) {
            double v = sortedValues[j];
            int t = ranked[j];
            int i = j - 1;
            // the plain comparison first: Double.compare (for ties and signed zeros) only on equality
            while (i >= 0 && (sortedValues[i] > v || (sortedValues[i] == v && precedes(v, t, sortedValues[i], ranked[i])))) {
                sortedValues[i + 1] = sortedValues[i];
                ranked[i + 1] = ranked[i];
                i--;
            }
            sortedValues[i + 1] = v;
            ranked[i + 1] = t;
            budget -= j - 1 - i;
            if (budget < 0) {
                rankByKeys(lw, count);
                return;
            }
        }
        System.arraycopy(ranked, 0, candidate, 0, count);
    }

    /**
     * {@link #rankStably} for any spread of values, in O(count log count) at worst.
     *
     * <p>Each value is mapped to a long whose signed order is that of the doubles
     * (negative values have their magnitude bits flipped); its lowest bits are then
     * replaced by the candidate's position, and the longs are sorted ({@link #sortByBuckets}).
     * That order is exact except among values which agree but for those low bits; an
     * insertion pass with the exact comparison repairs it, in linear time as only
     * such near-ties (rare) are out of place.
     */
    private void rankByKeys(double[] lw, int count) {
        int positionBits = 32 - Integer.numberOfLeadingZeros(Math.max(count - 1, 1));
        long positionMask = (1L << positionBits) - 1;
        for (int j = 0; j < count; j++) {
            long bits = Double.doubleToRawLongBits(lw[candidate[j]]);
            long ordered = bits ^ ((bits >> 63) & Long.MAX_VALUE);
            keys[j] = (ordered & ~positionMask) | j;
        }
        sortByBuckets(lw, count);
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

    /**
     * Sorts {@code keys[0..count)} (ascending, as signed longs) by a distribution
     * sort: each key goes to one of {@code count} buckets by the linear position of its
     * value between the smallest and the largest candidate, the buckets are laid out in
     * order, and an insertion sort by key finishes. The bucket of a value never
     * decreases with it (a subtraction and a multiplication by a positive number are
     * monotone in floating point), so the insertion sort only reorders keys within a
     * bucket: expected linear time for the smooth spread of a tail, and the same result
     * as a comparison sort whatever the spread. It replaced {@link Arrays#sort}, which
     * took about a tenth of PSIS-LOO's time on the benchmark.
     */
    private void sortByBuckets(double[] lw, int count) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < count; j++) {
            double v = lw[candidate[j]];
            if (v < lo) lo = v;
            if (v > hi) hi = v;
        }
        if (!(hi > lo)) {
            Arrays.sort(keys, 0, count);
            return;
        }
        double scale = count / (hi - lo);
        Arrays.fill(bucketStart, 0, count + 1, 0);
        for (int j = 0; j < count; j++) {
            int b = Math.min((int) ((lw[candidate[j]] - lo) * scale), count - 1);
            bucketOf[j] = b;
            bucketStart[b + 1]++;
        }
        for (int b = 0; b < count; b++) bucketStart[b + 1] += bucketStart[b];
        for (int j = 0; j < count; j++) sortedKeys[bucketStart[bucketOf[j]]++] = keys[j];
        // crowded buckets (values bunched far from one outlier) would make the insertion
        // sort quadratic: past a linear budget of moves a comparison sort finishes instead
        long budget = 16L * count;
        for (int j = 1; j < count && budget >= 0; j++) {
            long key = sortedKeys[j];
            int i = j - 1;
            while (i >= 0 && sortedKeys[i] > key) {
                sortedKeys[i + 1] = sortedKeys[i];
                i--;
            }
            sortedKeys[i + 1] = key;
            budget -= j - 1 - i;
        }
        if (budget < 0) Arrays.sort(sortedKeys, 0, count);
        System.arraycopy(sortedKeys, 0, keys, 0, count);
    }

    /** Whether entry t (value v) comes before entry u (value w): by value, then by index. */
    private static boolean precedes(double v, int t, double w, int u) {
        int c = Double.compare(v, w);
        return c < 0 || (c == 0 && t < u);
    }
}
