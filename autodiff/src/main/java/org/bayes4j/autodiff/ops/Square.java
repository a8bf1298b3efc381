package org.bayes4j.autodiff.ops;

/** {@code y = x^2}; partial {@code 2x}. */
public final class Square extends ElementwiseUnary {

    public Square(double[] x, double[] xAdj, double[] out, double[] outAdj) { super(x, xAdj, out, outAdj); }

    @Override public void forward() {
        for (int i = 0; i < n; i++) out[i] = x[i] * x[i];
    }

    @Override public void backward() {
        if (xAdj != null) for (int i = 0; i < n; i++) xAdj[i] += 2 * x[i] * outAdj[i];
    }
}
