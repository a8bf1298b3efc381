package org.bayes4j.autodiff.ops;

/** {@code y = log x}; partial {@code 1/x}. Negative {@code x} gives NaN, which the evaluator rejects. */
public final class Log extends ElementwiseUnary {

    public Log(double[] x, double[] xAdj, double[] out, double[] outAdj) { super(x, xAdj, out, outAdj); }

    @Override public void forward() {
        for (int i = 0; i < n; i++) out[i] = Math.log(x[i]);
    }

    @Override public void backward() {
        if (xAdj != null) for (int i = 0; i < n; i++) xAdj[i] += outAdj[i] / x[i];
    }
}
