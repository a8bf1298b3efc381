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

    /**
     * @param partShapes shapes of the parts (equal except along {@code axis})
     */
    public Concat(double[][] parts, double[][] partAdj, int[][] partShapes, int axis, double[] out, double[] outAdj) {
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
    }

    @Override public void forward() {
        for (int p = 0; p < parts.length; p++) {
            int blk = blocks[p], off = offsets[p];
            double[] part = parts[p];
            for (int o = 0; o < outer; o++) System.arraycopy(part, o * blk, out, o * outBlock + off, blk);
        }
    }

    @Override public void backward() {
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
