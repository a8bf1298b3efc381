package org.bayes4j.autodiff.ops;

/**
 * Concatenation along one axis. Viewing every part as {@code (outer, len_p * inner)}
 * blocks, output block {@code o} is the parts' block {@code o} laid side by side;
 * the reverse rule copies each slice of the output adjoint back to its part.
 */
public final class Concat extends Kernel {

    private final double[][] parts, partAdj;
    private final int[] blocks, offsets;
    private final int outer, outBlock;
    /** Every output block is short (a few categories per row): one pass row by row beats a copy call per part and row. */
    private final boolean shortRows;

    /**
     * @param partShapes shapes of the parts (equal except along {@code axis})
     */
    public Concat(double[][] parts, double[][] partAdj, int[][] partShapes, int axis, double[] out, double[] outAdj) {
        this(parts, partAdj, partShapes, axis, out, outAdj, SHORT_ROW);
    }

    /** With the longest output block copied row by row set to {@code shortRow} (0 for the copy per part and row; tests compare the two). */
    Concat(double[][] parts, double[][] partAdj, int[][] partShapes, int axis, double[] out, double[] outAdj, int shortRow) {
        super(out, outAdj);
        this.parts = parts.clone();
        this.partAdj = partAdj.clone();
        int[] first = partShapes[0];
        int o = 1, inner = 1;
        for (int a = 0; a < axis; a++) o *= first[a];
        for (int a = axis + 1; a < first.length; a++) inner *= first[a];
        this.outer = o;
        this.blocks = new int[parts.length];
        this.offsets = new int[parts.length];
        int total = 0;
        for (int p = 0; p < parts.length; p++) {
            blocks[p] = partShapes[p][axis] * inner;
            offsets[p] = total;
            total += blocks[p];
        }
        this.outBlock = total;
        this.shortRows = total <= shortRow;
    }

    /** Output blocks up to this many elements are copied element by element, row by row. */
    static final int SHORT_ROW = 16;

    @Override public void forward() {
        if (shortRows) {
            for (int o = 0, at = 0; o < outer; o++) {
                for (int p = 0; p < parts.length; p++) {
                    double[] part = parts[p];
                    for (int from = o * blocks[p], end = from + blocks[p]; from < end; from++) out[at++] = part[from];
                }
            }
            return;
        }
        for (int p = 0; p < parts.length; p++) {
            int blk = blocks[p], off = offsets[p];
            double[] part = parts[p];
            for (int o = 0; o < outer; o++) System.arraycopy(part, o * blk, out, o * outBlock + off, blk);
        }
    }

    @Override public void backward() {
        if (shortRows) {
            for (int o = 0, at = 0; o < outer; o++) {
                for (int p = 0; p < parts.length; p++) {
                    double[] adj = partAdj[p];
                    int blk = blocks[p];
                    if (adj != null) for (int to = o * blk, end = to + blk; to < end; to++) adj[to] += outAdj[at++];
                    else at += blk;
                }
            }
            return;
        }
        for (int p = 0; p < parts.length; p++) {
            double[] adj = partAdj[p];
            if (adj == null) continue;
            int blk = blocks[p], off = offsets[p];
            for (int o = 0; o < outer; o++) {
                int src = o * outBlock + off, dst = o * blk;
                for (int r = 0; r < blk; r++) adj[dst + r] += outAdj[src + r];
            }
        }
    }
}
