package org.bayes4j.autodiff.ops;

/** {@code y = tanh x}; partial {@code 1 - tanh^2 x = 1 - y^2}. */
public final class Tanh extends ElementwiseUnary {

    public Tanh(double[] x, double[] xAdj, double[] out, double[] outAdj) { super(x, xAdj, out, outAdj); }

    @Override public void forward() {
        for (int i = 0; i < n; i++) out[i] = Math.tanh(x[i]);
    }

    @Override public void backward() {
        if (xAdj != null) for (int i = 0; i < n; i++) xAdj[i] += outAdj[i] * (1 - out[i] * out[i]);
    }
}
