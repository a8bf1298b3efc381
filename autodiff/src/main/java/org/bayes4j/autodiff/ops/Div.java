package org.bayes4j.autodiff.ops;

/**
 * {@code y = a / b}; partials {@code dy/da = 1/b}, {@code dy/db = -a/b^2 = -y/b}
 * (the second form reuses the stored output).
 */
public final class Div extends ElementwiseBinary {

    public Div(double[] a, double[] aAdj, int[] ia, double[] b, double[] bAdj, int[] ib, double[] out, double[] outAdj) {
        super(a, aAdj, ia, b, bAdj, ib, out, outAdj);
    }

    @Override public void forward() {
        if (aligned) {
            for (int i = 0; i < n; i++) out[i] = a[i] / b[i];
            return;
        }
        for (int i = 0; i < n; i++) out[i] = a[ia[i]] / b[ib[i]];
    }

    @Override public void backward() {
        if (aligned) {
            if (aAdj != null) for (int i = 0; i < n; i++) aAdj[i] += outAdj[i] / b[i];
            if (bAdj != null) for (int i = 0; i < n; i++) bAdj[i] -= outAdj[i] * out[i] / b[i];
            return;
        }
        if (aAdj != null) for (int i = 0; i < n; i++) aAdj[ia[i]] += outAdj[i] / b[ib[i]];
        if (bAdj != null) for (int i = 0; i < n; i++) bAdj[ib[i]] -= outAdj[i] * out[i] / b[ib[i]];
    }
}
