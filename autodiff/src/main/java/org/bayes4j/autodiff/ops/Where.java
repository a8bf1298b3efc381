package org.bayes4j.autodiff.ops;

/**
 * Element-wise choice {@code y_i = c_i != 0 ? a_i : b_i} with a constant
 * condition {@code c} and NumPy broadcasting of all three. Reverse rule: the
 * adjoint flows to whichever branch was chosen (the other gets 0), so masked
 * entries contribute no gradient even if they hold infinities.
 */
public final class Where extends Kernel {

    private final double[] c, a, aAdj, b, bAdj;
    private final int[] ic, ia, ib;

    public Where(double[] c, int[] ic, double[] a, double[] aAdj, int[] ia, double[] b, double[] bAdj, int[] ib,
                 double[] out, double[] outAdj) {
        super(out, outAdj);
        this.c = c;
        this.ic = ic;
        this.a = a;
        this.aAdj = aAdj;
        this.ia = ia;
        this.b = b;
        this.bAdj = bAdj;
        this.ib = ib;
    }

    @Override public void forward() {
        for (int i = 0; i < out.length; i++) out[i] = c[ic[i]] != 0 ? a[ia[i]] : b[ib[i]];
    }

    @Override public void backward() {
        for (int i = 0; i < out.length; i++) {
            if (c[ic[i]] != 0) {
                if (aAdj != null) aAdj[ia[i]] += outAdj[i];
            } else if (bAdj != null) {
                bAdj[ib[i]] += outAdj[i];
            }
        }
    }
}
