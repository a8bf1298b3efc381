package org.bayes4j.autodiff.ops;

/**
 * Log-softmax over one axis: {@code y_j = x_j - logSumExp_k x_k}, with the
 * log-sum-exp computed stably. Reverse rule, from
 * {@code dy_j/dx_k = delta_{jk} - s_k} with {@code s = exp(y)}:
 * {@code xbar_k += ybar_k - s_k sum_j ybar_j}.
 */
public final class LogSoftmax extends Kernel {

    private final double[] x, xAdj;
    private final AxisLayout layout;

    public LogSoftmax(double[] x, double[] xAdj, AxisLayout layout, double[] out, double[] outAdj) {
        super(out, outAdj);
        this.x = x;
        this.xAdj = xAdj;
        this.layout = layout;
    }

    @Override public void forward() {
        int n = layout.n(), inner = layout.inner(), lines = layout.lines();
        for (int l = 0; l < lines; l++) {
            int start = layout.lineStart(l);
            double lse = LogSumExp.logSumExp(x, start, n, inner);
            for (int j = 0; j < n; j++) {
                int k = start + j * inner;
                out[k] = x[k] - lse;
            }
        }
    }

    @Override public void backward() {
        if (xAdj == null) return;
        int n = layout.n(), inner = layout.inner(), lines = layout.lines();
        for (int l = 0; l < lines; l++) {
            int start = layout.lineStart(l);
            double total = 0;
            for (int j = 0; j < n; j++) total += outAdj[start + j * inner];
            for (int j = 0; j < n; j++) {
                int k = start + j * inner;
                xAdj[k] += outAdj[k] - Math.exp(out[k]) * total;
            }
        }
    }
}
