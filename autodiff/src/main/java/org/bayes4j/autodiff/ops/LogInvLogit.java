package org.bayes4j.autodiff.ops;

/**
 * {@code y = log logistic(x) = -log(1 + e^{-x})}; partial {@code 1 - logistic(x) = logistic(-x)}.
 *
 * <p>Numerics: {@code -log1p(e^{-x})} for {@code x >= 0} and
 * {@code x - log1p(e^{x})} for {@code x < 0}, so the exponential's argument is
 * never positive: no overflow, and no cancellation for large {@code |x|}
 * (Mächler 2012, "Accurately computing log(1 - exp(-|a|))", section on log1pexp).
 */
public final class LogInvLogit extends ElementwiseUnary {

    public LogInvLogit(double[] x, double[] xAdj, double[] out, double[] outAdj) { super(x, xAdj, out, outAdj); }

    /** {@code log logistic(x)}, stable for every {@code x}. */
    public static double logLogistic(double x) {
        return x >= 0 ? -Math.log1p(Math.exp(-x)) : x - Math.log1p(Math.exp(x));
    }

    @Override public void forward() {
        for (int i = 0; i < n; i++) out[i] = logLogistic(x[i]);
    }

    @Override public void backward() {
        if (xAdj != null) for (int i = 0; i < n; i++) xAdj[i] += outAdj[i] * InvLogit.logistic(-x[i]);
    }
}
