package org.bayes4j.autodiff.ops;

/**
 * Softmax over one axis: {@code s_j = exp(x_j - m) / sum_k exp(x_k - m)} with
 * {@code m = max_k x_k} (the shift cancels and prevents overflow). Reverse rule,
 * from the Jacobian {@code ds_j/dx_k = s_j (delta_{jk} - s_k)}:
 * {@code xbar_k += s_k (sbar_k - sum_j sbar_j s_j)}.
 */
public final class Softmax extends Kernel {

    private final double[] x, xAdj;
    private final AxisLayout layout;

    public Softmax(double[] x, double[] xAdj, AxisLayout layout, double[] out, double[] outAdj) {
        super(out, outAdj);
        this.x = x;
        this.xAdj = xAdj;
        this.layout = layout;
    }

    @Override public void forward() {
        int n = layout.n(), inner = layout.inner(), lines = layout.lines();
        for (int l = 0; l < lines; l++) {
            int start = layout.lineStart(l);
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < n; j++) max = Math.max(max, x[start + j * inner]);
            double s = 0;
            for (int j = 0; j < n; j++) {
                int k = start + j * inner;
                out[k] = Math.exp(x[k] - max);
                s += out[k];
            }
            double inv = 1 / s;
            for (int j = 0; j < n; j++) out[start + j * inner] *= inv;
        }
    }

    @Override public void backward() {
        if (xAdj == null) return;
        int n = layout.n(), inner = layout.inner(), lines = layout.lines();
        for (int l = 0; l < lines; l++) {
            int start = layout.lineStart(l);
            double dot = 0;
            for (int j = 0; j < n; j++) dot += outAdj[start + j * inner] * out[start + j * inner];
            for (int j = 0; j < n; j++) {
                int k = start + j * inner;
                xAdj[k] += out[k] * (outAdj[k] - dot);
            }
        }
    }
}
