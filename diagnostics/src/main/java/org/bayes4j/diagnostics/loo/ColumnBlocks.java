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
 */
final class ColumnBlocks {

    /** What is done with column i; the array is reused for the next column. */
    interface ColumnVisitor {
        void visit(int i, double[] column);
    }

    /** Columns transposed together: 32 doubles of a row are four cache lines. */
    static final int BLOCK = 32;

    private ColumnBlocks() {}

    static void forEach(double[][] m, ColumnVisitor visitor) {
        int s = m.length;
        int n = m[0].length;
        double[][] block = new double[Math.min(BLOCK, n)][s];
        for (int i0 = 0; i0 < n; i0 += BLOCK) {
            int width = Math.min(BLOCK, n - i0);
            for (int t = 0; t < s; t++) {
                double[] row = m[t];
                for (int j = 0; j < width; j++) block[j][t] = row[i0 + j];
            }
            for (int j = 0; j < width; j++) visitor.visit(i0 + j, block[j]);
        }
    }
}
