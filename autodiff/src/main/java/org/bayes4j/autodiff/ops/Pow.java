package org.bayes4j.autodiff.ops;

/**
 * {@code y = a^b}; partials {@code dy/da = b a^{b-1}} and {@code dy/db = a^b log a}.
 *
 * <p>At {@code a = 0} with {@code b > 0} the second partial is the limit 0 (the
 * formula would give {@code 0 * -inf = NaN}); for negative {@code a} it is
 * undefined and only requested when the exponent is a parameter, in which case
 * the NaN makes the evaluator reject the point.
 */
public final class Pow extends ElementwiseBinary {

    public Pow(double[] a, double[] aAdj, int[] ia, double[] b, double[] bAdj, int[] ib, double[] out, double[] outAdj) {
        super(a, aAdj, ia, b, bAdj, ib, out, outAdj);
    }

    @Override public void forward() {
        for (int i = 0; i < n; i++) out[i] = Math.pow(a[ia[i]], b[ib[i]]);
    }

    @Override public void backward() {
        if (aAdj != null) {
            for (int i = 0; i < n; i++) {
                double e = b[ib[i]];
                if (e != 0) aAdj[ia[i]] += outAdj[i] * e * Math.pow(a[ia[i]], e - 1);
            }
        }
        if (bAdj != null) {
            for (int i = 0; i < n; i++) {
                if (out[i] != 0) bAdj[ib[i]] += outAdj[i] * out[i] * Math.log(a[ia[i]]);
            }
        }
    }
}
