package org.bayes4j.autodiff.ops;

/** {@code y = sqrt x}; partial {@code 1/(2 sqrt x) = 1/(2y)}, reusing the stored output. */
public final class Sqrt extends ElementwiseUnary {

    public Sqrt(double[] x, double[] xAdj, double[] out, double[] outAdj) { super(x, xAdj, out, outAdj); }

    @Override public void forward() {
        for (int i = 0; i < n; i++) out[i] = Math.sqrt(x[i]);
    }

    @Override public void backward() {
        if (xAdj != null) for (int i = 0; i < n; i++) xAdj[i] += outAdj[i] / (2 * out[i]);
    }
}
