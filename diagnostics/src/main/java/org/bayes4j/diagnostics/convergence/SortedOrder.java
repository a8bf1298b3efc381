package org.bayes4j.diagnostics.convergence;

/**
 * The permutation that sorts an array of doubles, stably, in the order of {@link Double#compare}
 * (so {@code -0.0} before {@code 0.0}, and NaNs last in order of position), without boxing: a
 * least-significant-digit radix sort of the indices on 64-bit keys that order like the doubles
 * (Knuth, TAOCP vol. 3, §5.2.5). The key of {@code x} is its IEEE 754 bit pattern with the sign
 * bit flipped for a positive number and every bit flipped for a negative one, which makes the
 * unsigned order of the keys the numeric order (Herf 2001, "Radix tricks"); NaN takes its
 * canonical pattern, above infinity. Each pass is a stable counting sort on one byte, and a byte
 * on which every key agrees (the exponent's high byte of draws of one scale, say) is skipped.
 *
 * <p>Rank normalisation sorts every quantity's draws; for a few thousand draws this is several
 * times faster than sorting boxed indices with a comparator.
 */
final class SortedOrder {

    private static final int RADIX_BITS = 8;
    private static final int BUCKETS = 1 << RADIX_BITS;

    private SortedOrder() {}

    /** Indices of {@code values} in ascending order; equal values (and NaNs) keep their order of position. */
    static int[] of(double[] values) {
        int n = values.length;
        long[] keys = new long[n], keysNext = new long[n];
        int[] order = new int[n], orderNext = new int[n];
        long allOr = 0, allAnd = -1;
        for (int i = 0; i < n; i++) {
            long k = key(values[i]);
            keys[i] = k;
            order[i] = i;
            allOr |= k;
            allAnd &= k;
        }
        int[] count = new int[BUCKETS + 1];
        for (int shift = 0; shift < Long.SIZE; shift += RADIX_BITS) {
            // a byte that is the same in every key cannot change the order
            if ((((allOr ^ allAnd) >>> shift) & (BUCKETS - 1)) == 0) continue;
            java.util.Arrays.fill(count, 0);
            for (int i = 0; i < n; i++) count[(int) ((keys[i] >>> shift) & (BUCKETS - 1)) + 1]++;
            for (int b = 0; b < BUCKETS; b++) count[b + 1] += count[b];
            for (int i = 0; i < n; i++) {
                int at = count[(int) ((keys[i] >>> shift) & (BUCKETS - 1))]++;
                keysNext[at] = keys[i];
                orderNext[at] = order[i];
            }
            long[] k = keys;
            keys = keysNext;
            keysNext = k;
            int[] o = order;
            order = orderNext;
            orderNext = o;
        }
        return order;
    }

    /** A key whose unsigned order is the order of {@link Double#compare}. */
    static long key(double x) {
        long bits = Double.doubleToLongBits(x); // canonical NaN
        // negative: flip all bits (larger magnitude sorts first); positive: flip the sign bit only
        return bits ^ ((bits >> 63) | Long.MIN_VALUE);
    }
}
