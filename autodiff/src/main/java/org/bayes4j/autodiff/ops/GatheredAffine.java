package org.bayes4j.autodiff.ops;

/**
 * The varying-intercept, varying-slope linear predictor in one op:
 * {@code y[p, r] = a[i[p], r] + b[i[p], r] * x[m(p, r)]}, with one index array {@code i}
 * into the leading axis of two tensors {@code a}, {@code b} of equal shape, and {@code x}
 * broadcast to the output through the map {@code m} (a covariate per row, {@code (P, 1)},
 * is the usual case). It is what {@code a.at(i).add(b.at(i).mul(x))} computes with two
 * gathers, a product and a sum, without materialising the three intermediate
 * {@code (P, ...)} arrays and their adjoints; {@link FusedOp#GATHERED_AFFINE} explains when
 * the compiler substitutes it.
 *
 * <p>Reverse rule, with {@code ybar} the output adjoint:
 * {@code abar[i[p], r] += ybar[p, r]}, {@code bbar[i[p], r] += ybar[p, r] x[m(p, r)]} and
 * {@code xbar[m(p, r)] += ybar[p, r] b[i[p], r]}, the chain rule through the gathers'
 * scatter-adds (Griewank &amp; Walther 2008, ch. 3). Each value is the same product and sum
 * as the unfused ops', in the same order, so the results are identical to the bit.
 *
 * <p>The indices are read from the index data on every sweep, as {@link Gather} does, so
 * replaced index data need no recompilation.
 */
public final class GatheredAffine extends Kernel {

    private final double[] a, aAdj, b, bAdj, x, xAdj;
    private final double[] index;
    private final int[] xMap;
    private final int block, positions;
    /** {@code x} holds one value per position ({@code (P)} or {@code (P, 1)}): {@code m(p, r) = p}. */
    private final boolean xPerPosition;

    /**
     * @param a      the gathered intercepts, shape {@code (G, ...)}
     * @param b      the gathered slopes, the same shape as {@code a}
     * @param block  elements of {@code a} after the leading axis
     * @param index  one index into the leading axis per position (integer-valued)
     * @param x      the covariate
     * @param xMap   for each output element, the element of {@code x} it reads ({@link BroadcastIndex#map})
     */
    public GatheredAffine(double[] a, double[] aAdj, double[] b, double[] bAdj, int block, double[] index,
                          double[] x, double[] xAdj, int[] xMap, double[] out, double[] outAdj) {
        super(out, outAdj);
        if (a.length != b.length) throw new IllegalArgumentException("gathered affine: a has " + a.length + " elements, b " + b.length);
        if (out.length != index.length * block || xMap.length != out.length) {
            throw new IllegalArgumentException("gathered affine: " + index.length + " positions of " + block + " elements, but the output has "
                    + out.length + " and the map of x " + xMap.length);
        }
        this.a = a;
        this.aAdj = aAdj;
        this.b = b;
        this.bAdj = bAdj;
        this.x = x;
        this.xAdj = xAdj;
        this.index = index;
        this.xMap = xMap;
        this.block = block;
        this.positions = index.length;
        boolean perPosition = x.length == positions;
        for (int q = 0; q < xMap.length && perPosition; q++) perPosition = xMap[q] == q / block;
        this.xPerPosition = perPosition;
    }

    @Override public void forward() {
        if (xPerPosition) {
            for (int p = 0, dst = 0; p < positions; p++, dst += block) {
                int src = (int) index[p] * block;
                double xp = x[p];
                for (int r = 0; r < block; r++) out[dst + r] = a[src + r] + b[src + r] * xp;
            }
            return;
        }
        for (int p = 0, dst = 0; p < positions; p++, dst += block) {
            int src = (int) index[p] * block;
            for (int r = 0; r < block; r++) out[dst + r] = a[src + r] + b[src + r] * x[xMap[dst + r]];
        }
    }

    @Override public void backward() {
        if (aAdj != null && bAdj != null && xPerPosition) {
            // both scatters in one pass over the output adjoint
            for (int p = 0, dst = 0; p < positions; p++, dst += block) {
                int src = (int) index[p] * block;
                double xp = x[p];
                for (int r = 0; r < block; r++) {
                    double g = outAdj[dst + r];
                    aAdj[src + r] += g;
                    bAdj[src + r] += g * xp;
                }
            }
        } else {
            if (aAdj != null) {
                for (int p = 0, dst = 0; p < positions; p++, dst += block) {
                    int src = (int) index[p] * block;
                    for (int r = 0; r < block; r++) aAdj[src + r] += outAdj[dst + r];
                }
            }
            if (bAdj != null) {
                for (int p = 0, dst = 0; p < positions; p++, dst += block) {
                    int src = (int) index[p] * block;
                    for (int r = 0; r < block; r++) bAdj[src + r] += outAdj[dst + r] * x[xMap[dst + r]];
                }
            }
        }
        if (xAdj != null && x.length == 1) {
            // a scalar covariate: its partials summed locally and added once, as Mul does for a broadcast scalar
            double sum = 0;
            for (int p = 0, dst = 0; p < positions; p++, dst += block) {
                int src = (int) index[p] * block;
                for (int r = 0; r < block; r++) sum += outAdj[dst + r] * b[src + r];
            }
            xAdj[0] += sum;
        } else if (xAdj != null) {
            for (int p = 0, dst = 0; p < positions; p++, dst += block) {
                int src = (int) index[p] * block;
                for (int r = 0; r < block; r++) xAdj[xMap[dst + r]] += outAdj[dst + r] * b[src + r];
            }
        }
    }
}
