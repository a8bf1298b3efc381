package org.bayes4j.autodiff.ops;

/**
 * The same row-major values under new dims: the forward rule copies, the
 * reverse rule passes the adjoint through unchanged (the Jacobian is the identity).
 */
public final class Reshape extends Kernel {

    private final double[] x, xAdj;

    public Reshape(double[] x, double[] xAdj, double[] out, double[] outAdj) {
        super(out, outAdj);
        this.x = x;
        this.xAdj = xAdj;
    }

    @Override public void forward() { System.arraycopy(x, 0, out, 0, out.length); }

    @Override public void backward() {
        if (xAdj != null) for (int i = 0; i < out.length; i++) xAdj[i] += outAdj[i];
    }
}
