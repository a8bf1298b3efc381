package org.bayes4j.autodiff.ops;

/**
 * The logistic function {@code y = 1 / (1 + e^{-x})}; partial {@code y (1 - y)}.
 *
 * <p>Numerics: with {@code t = e^{-|x|} <= 1}, {@code y = 1/(1+t)} for
 * {@code x >= 0} and {@code t/(1+t)} otherwise, so the exponential never
 * overflows; the partial is computed as {@code t / (1+t)^2}, which keeps full
 * relative accuracy in both tails where {@code 1 - y} would cancel.
 */
public final class InvLogit extends ElementwiseUnary {

    public InvLogit(double[] x, double[] xAdj, double[] out, double[] outAdj) { super(x, xAdj, out, outAdj); }

    /** The logistic function, stable for every {@code x}. */
    public static double logistic(double x) {
        double t = Math.exp(-Math.abs(x));
        return x >= 0 ? 1 / (1 + t) : t / (1 + t);
    }

    @Override public void forward() {
        for (int i = 0; i < n; i++) out[i] = logistic(x[i]);
    }

    @Override public void backward() {
        if (xAdj == null) return;
        for (int i = 0; i < n; i++) {
            double t = Math.exp(-Math.abs(x[i]));
            double onePlusT = 1 + t;
            xAdj[i] += outAdj[i] * t / (onePlusT * onePlusT);
        }
    }
}
