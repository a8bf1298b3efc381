package org.bayes4j.autodiff.ops;

/**
 * {@code y = a b}; partials {@code dy/da = b}, {@code dy/db = a}. Besides the general loop over the
 * broadcast maps, loops for equal shapes, for a broadcast scalar, and for one input read directly
 * (a row-wise scale {@code (N, C) * (N, 1)}); each adds the same terms in the same order.
 */
public final class Mul extends ElementwiseBinary {

    public Mul(double[] a, double[] aAdj, int[] ia, double[] b, double[] bAdj, int[] ib, double[] out, double[] outAdj) {
        super(a, aAdj, ia, b, bAdj, ib, out, outAdj);
    }

    @Override public void forward() {
        if (aligned) {
            for (int i = 0; i < n; i++) out[i] = a[i] * b[i];
            return;
        }
        if (aScalar || bScalar) {
            double[] v = aScalar ? b : a;
            double s = aScalar ? a[0] : b[0];
            for (int i = 0; i < n; i++) out[i] = v[i] * s;
            return;
        }
        if (aDirect) {
            for (int i = 0; i < n; i++) out[i] = a[i] * b[ib[i]];
            return;
        }
        if (bDirect) {
            for (int i = 0; i < n; i++) out[i] = a[ia[i]] * b[i];
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
        if (aScalar || bScalar) {
            // the vector's partials are ybar s; the scalar's is the sum of ybar_i v_i, accumulated locally
            double[] v = aScalar ? b : a, vAdj = aScalar ? bAdj : aAdj, sAdj = aScalar ? aAdj : bAdj;
            double s = aScalar ? a[0] : b[0];
            if (vAdj != null) for (int i = 0; i < n; i++) vAdj[i] += outAdj[i] * s;
            if (sAdj != null) {
                double sum = 0;
                for (int i = 0; i < n; i++) sum += outAdj[i] * v[i];
                sAdj[0] += sum;
            }
            return;
        }
        if (aDirect) {
            if (aAdj != null) for (int i = 0; i < n; i++) aAdj[i] += outAdj[i] * b[ib[i]];
            if (bAdj != null) for (int i = 0; i < n; i++) bAdj[ib[i]] += outAdj[i] * a[i];
            return;
        }
        if (bDirect) {
            if (aAdj != null) for (int i = 0; i < n; i++) aAdj[ia[i]] += outAdj[i] * b[i];
            if (bAdj != null) for (int i = 0; i < n; i++) bAdj[i] += outAdj[i] * a[ia[i]];
            return;
        }
        if (aAdj != null) for (int i = 0; i < n; i++) aAdj[ia[i]] += outAdj[i] * b[ib[i]];
        if (bAdj != null) for (int i = 0; i < n; i++) bAdj[ib[i]] += outAdj[i] * a[ia[i]];
    }
}
