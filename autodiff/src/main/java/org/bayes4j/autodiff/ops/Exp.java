package org.bayes4j.autodiff.ops;

/** {@code y = e^x}; partial {@code e^x = y}, reusing the stored output. */
public final class Exp extends ElementwiseUnary {

    public Exp(double[] x, double[] xAdj, double[] out, double[] outAdj) { super(x, xAdj, out, outAdj); }

    @Override public void forward() {
        for (int i = 0; i < n; i++) out[i] = Math.exp(x[i]);
    }

    @Override public void backward() {
        if (xAdj != null) for (int i = 0; i < n; i++) xAdj[i] += outAdj[i] * out[i];
    }
}
