package org.bayes4j.autodiff.ops;

/** {@code y = a b}; partials {@code dy/da = b}, {@code dy/db = a}. */
public final class Mul extends ElementwiseBinary {

    public Mul(double[] a, double[] aAdj, int[] ia, double[] b, double[] bAdj, int[] ib, double[] out, double[] outAdj) {
        super(a, aAdj, ia, b, bAdj, ib, out, outAdj);
    }

    @Override public void forward() {
        if (aligned) {
            for (int i = 0; i < n; i++) out[i] = a[i] * b[i];
            return;
        }
        for (int i = 0; i < n; i++) out[i] = a[ia[i]] * b[ib[i]];
    }

    @Override public void backward() {
        if (aligned) {
            if (aAdj != null) for (int i = 0; i < n; i++) aAdj[i] += outAdj[i] * b[i];
            if (bAdj != null) for (int i = 0; i < n; i++) bAdj[i] += outAdj[i] * a[i];
            return;
        }
        if (aAdj != null) for (int i = 0; i < n; i++) aAdj[ia[i]] += outAdj[i] * b[ib[i]];
        if (bAdj != null) for (int i = 0; i < n; i++) bAdj[ib[i]] += outAdj[i] * a[ia[i]];
    }
}
