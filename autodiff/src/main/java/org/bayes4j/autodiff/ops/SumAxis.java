package org.bayes4j.autodiff.ops;

/**
 * Sum over one axis, {@code y_{o,i} = sum_j x_{o,j,i}} (or over all elements, with
 * the layout {@code (1, size, 1)}). Reverse rule: every summand receives the
 * adjoint of its sum, {@code xbar_{o,j,i} += ybar_{o,i}}.
 */
public final class SumAxis extends Kernel {

    private final double[] x, xAdj;
    private final AxisLayout layout;

    public SumAxis(double[] x, double[] xAdj, AxisLayout layout, double[] out, double[] outAdj) {
        super(out, outAdj);
        this.x = x;
        this.xAdj = xAdj;
        this.layout = layout;
    }

    @Override public void forward() {
        int n = layout.n(), inner = layout.inner(), lines = layout.lines();
        for (int l = 0; l < lines; l++) {
            int start = layout.lineStart(l);
            double s = 0;
            for (int j = 0; j < n; j++) s += x[start + j * inner];
            out[l] = s;
        }
    }

    @Override public void backward() {
        if (xAdj == null) return;
        int n = layout.n(), inner = layout.inner(), lines = layout.lines();
        for (int l = 0; l < lines; l++) {
            int start = layout.lineStart(l);
            double g = outAdj[l];
            for (int j = 0; j < n; j++) xAdj[start + j * inner] += g;
        }
    }
}
