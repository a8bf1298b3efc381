package org.bayes4j.autodiff.ops;

/**
 * Integer-array indexing of the leading {@code k} axes (NumPy advanced
 * indexing): with index arrays {@code i_1, ..., i_k} of common shape {@code S},
 * {@code y[p, r] = x[i_1[p], ..., i_k[p], r]} for every position {@code p} of
 * {@code S} and every element {@code r} of the trailing block. Reverse rule: a
 * scatter-add, {@code xbar[i_1[p], ..., i_k[p], r] += ybar[p, r]}, which sums
 * the adjoints of repeated indices.
 *
 * <p>The indices are read from the index data buffers on every sweep (a cast
 * and a multiply per index), so replacing the data of an index array needs no
 * recompilation; the compiled model validates new indices when they are set.
 */
public final class Gather extends Kernel {

    private final double[] x, xAdj;
    private final double[][] indices;
    private final int[] strides;
    private final int block, positions;

    /**
     * @param xShape  shape of the indexed tensor
     * @param indices the {@code k} index arrays (integer-valued), each of {@code positions} elements
     */
    public Gather(double[] x, double[] xAdj, int[] xShape, double[][] indices, double[] out, double[] outAdj) {
        super(out, outAdj);
        this.x = x;
        this.xAdj = xAdj;
        this.indices = indices.clone();
        int k = indices.length;
        int b = 1;
        for (int a = k; a < xShape.length; a++) b *= xShape[a];
        this.block = b;
        this.strides = new int[k];
        int s = b;
        for (int a = k - 1; a >= 0; a--) {
            strides[a] = s;
            s *= xShape[a];
        }
        this.positions = indices[0].length;
    }

    private int source(int p) {
        int off = 0;
        for (int j = 0; j < strides.length; j++) off += (int) indices[j][p] * strides[j];
        return off;
    }

    @Override public void forward() {
        if (strides.length == 1 && block == 1) {
            // the common case (a vector indexed by one index array, e.g. a group effect per observation): y[p] = x[i[p]]
            double[] index = indices[0];
            for (int p = 0; p < positions; p++) out[p] = x[(int) index[p]];
            return;
        }
        if (strides.length == 1) {
            // rows of a matrix picked by one index array (a cluster's coefficients per observation): y[p, r] = x[i[p], r]
            double[] index = indices[0];
            for (int p = 0, dst = 0; p < positions; p++, dst += block) System.arraycopy(x, (int) index[p] * block, out, dst, block);
            return;
        }
        for (int p = 0; p < positions; p++) {
            int src = source(p), dst = p * block;
            for (int r = 0; r < block; r++) out[dst + r] = x[src + r];
        }
    }

    @Override public void backward() {
        if (xAdj == null) return;
        if (strides.length == 1 && block == 1) {
            double[] index = indices[0];
            for (int p = 0; p < positions; p++) xAdj[(int) index[p]] += outAdj[p];
            return;
        }
        if (strides.length == 1) {
            double[] index = indices[0];
            for (int p = 0, dst = 0; p < positions; p++, dst += block) {
                int src = (int) index[p] * block;
                for (int r = 0; r < block; r++) xAdj[src + r] += outAdj[dst + r];
            }
            return;
        }
        for (int p = 0; p < positions; p++) {
            int src = source(p), dst = p * block;
            for (int r = 0; r < block; r++) xAdj[src + r] += outAdj[dst + r];
        }
    }
}
