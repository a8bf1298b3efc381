package org.bayes4j.diagnostics.loo;

/**
 * Visits the columns of a row-major matrix {@code m[s][i]} one by one, each
 * gathered into a contiguous array: PSIS-LOO and WAIC work per observation (column)
 * on matrices stored per draw (row).
 *
 * <p>Gathering one column at a time would read one double from every row, wasting
 * the rest of each cache line. Instead a block of {@link #BLOCK} neighbouring
 * columns is copied at once (a cache-blocked transposition): each visit to a row
 * reads whole cache lines, and the block's columns are then visited from the copy.
 * The rows are read {@link #ROWS} at a time, interleaved: the processor then has
 * that many independent streams of cache misses in flight (each row is a separate
 * array, usually on another page, that no prefetcher has seen coming), and each
 * column of the block receives {@link #ROWS} neighbouring draws, a whole cache line,
 * per visit.
 */
final class ColumnBlocks {

    /** What is done with column i; the array is reused for the next column. */
    interface ColumnVisitor {
        void visit(int i, double[] column);
    }

    /**
     * Columns transposed together: 64 doubles of a row are eight cache lines. On the
     * 4,000 x 10,000 benchmark 64 beat 16, 32 and 128 (fewer lines per row visit, or,
     * for 128, a block of 4,000 draws outgrowing a 2 MB level-2 cache).
     */
    static final int BLOCK = 64;
    /** Rows read together: eight doubles of a column are one cache line. */
    static final int ROWS = 8;

    private ColumnBlocks() {}

    static void forEach(double[][] m, ColumnVisitor visitor) {
        int s = m.length;
        int n = m[0].length;
        double[][] block = new double[Math.min(BLOCK, n)][s];
        for (int i0 = 0; i0 < n; i0 += BLOCK) {
            int width = Math.min(BLOCK, n - i0);
            int t = 0;
            for (; t + ROWS <= s; t += ROWS) gatherEightRows(m, t, i0, width, block);
            for (; t < s; t++) {
                double[] row = m[t];
                for (int j = 0; j < width; j++) block[j][t] = row[i0 + j];
            }
            for (int j = 0; j < width; j++) visitor.visit(i0 + j, block[j]);
        }
    }

    /** {@code block[j][t..t+8) = m[t..t+8)[i0 + j]} for j below width. */
    private static void gatherEightRows(double[][] m, int t, int i0, int width, double[][] block) {
        double[] r0 = m[t];
        double[] r1 = m[t + 1];
        double[] r2 = m[t + 2];
        double[] r3 = m[t + 3];
        double[] r4 = m[t + 4];
        double[] r5 = m[t + 5];
        double[] r6 = m[t + 6];
        double[] r7 = m[t + 7];
        for (int j = 0; j < width; j++) {
            double[] column = block[j];
            int i = i0 + j;
            column[t] = r0[i];
            column[t + 1] = r1[i];
            column[t + 2] = r2[i];
            column[t + 3] = r3[i];
            column[t + 4] = r4[i];
            column[t + 5] = r5[i];
            column[t + 6] = r6[i];
            column[t + 7] = r7[i];
        }
    }
}
