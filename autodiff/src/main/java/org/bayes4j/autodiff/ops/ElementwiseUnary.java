package org.bayes4j.autodiff.ops;

/**
 * Base of the element-wise unary ops {@code y_i = f(x_i)}, whose reverse rule
 * is {@code xbar_i += f'(x_i) ybar_i}. Each subclass writes both loops itself so
 * that the loop body is a direct call the JIT can inline.
 */
public abstract class ElementwiseUnary extends Kernel {

    protected final double[] x, xAdj;
    protected final int n;

    protected ElementwiseUnary(double[] x, double[] xAdj, double[] out, double[] outAdj) {
        super(out, outAdj);
        this.x = x;
        this.xAdj = xAdj;
        this.n = out.length;
    }
}
