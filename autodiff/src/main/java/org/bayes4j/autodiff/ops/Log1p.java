package org.bayes4j.autodiff.ops;

/** {@code y = log(1 + x)}, by {@link Math#log1p} to keep accuracy for small {@code x}; partial {@code 1/(1 + x)}. */
public final class Log1p extends ElementwiseUnary {

    public Log1p(double[] x, double[] xAdj, double[] out, double[] outAdj) { super(x, xAdj, out, outAdj); }

    @Override public void forward() {
        for (int i = 0; i < n; i++) out[i] = Math.log1p(x[i]);
    }

    @Override public void backward() {
        if (xAdj != null) for (int i = 0; i < n; i++) xAdj[i] += outAdj[i] / (1 + x[i]);
    }
}
