package org.bayes4j.autodiff.ops;

/**
 * {@code y = log sum_j exp(x_j)} over one axis (or all elements), computed as
 * {@code m + log sum_j exp(x_j - m)} with {@code m = max_j x_j}, so no term
 * overflows and at least one equals 1. Reverse rule: the gradient is the
 * softmax, {@code xbar_j += ybar exp(x_j - y)}.
 *
 * <p>A line of all {@code -inf} gives {@code -inf} (an empty sum) and
 * contributes no adjoint.
 */
public final class LogSumExp extends Kernel {

    private final double[] x, xAdj;
    private final AxisLayout layout;

    public LogSumExp(double[] x, double[] xAdj, AxisLayout layout, double[] out, double[] outAdj) {
        super(out, outAdj);
        this.x = x;
        this.xAdj = xAdj;
        this.layout = layout;
    }

    /** Stable log-sum-exp of {@code n} elements of {@code v} from {@code start} with stride {@code step}. */
    static double logSumExp(double[] v, int start, int n, int step) {
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < n; j++) max = Math.max(max, v[start + j * step]);
        if (max == Double.NEGATIVE_INFINITY || max == Double.POSITIVE_INFINITY || Double.isNaN(max)) return max;
        double s = 0;
        for (int j = 0; j < n; j++) s += Math.exp(v[start + j * step] - max);
        return max + Math.log(s);
    }

    @Override public void forward() {
        int n = layout.n(), inner = layout.inner(), lines = layout.lines();
        for (int l = 0; l < lines; l++) out[l] = logSumExp(x, layout.lineStart(l), n, inner);
    }

    @Override public void backward() {
        if (xAdj == null) return;
        int n = layout.n(), inner = layout.inner(), lines = layout.lines();
        for (int l = 0; l < lines; l++) {
            double y = out[l];
            if (y == Double.NEGATIVE_INFINITY) continue;
            int start = layout.lineStart(l);
            double g = outAdj[l];
            for (int j = 0; j < n; j++) {
                int k = start + j * inner;
                xAdj[k] += g * Math.exp(x[k] - y);
            }
        }
    }
}
