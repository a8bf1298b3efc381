package org.bayes4j.autodiff.ops;

/** {@code y = -x}; partial {@code -1}. */
public final class Neg extends ElementwiseUnary {

    public Neg(double[] x, double[] xAdj, double[] out, double[] outAdj) { super(x, xAdj, out, outAdj); }

    @Override public void forward() {
        for (int i = 0; i < n; i++) out[i] = -x[i];
    }

    @Override public void backward() {
        if (xAdj != null) for (int i = 0; i < n; i++) xAdj[i] += -outAdj[i];
    }
}
