package org.bayes4j.autodiff.ops;

/**
 * Materialised NumPy broadcast {@code y_i = x_{m(i)}} with the
 * {@link BroadcastIndex} map {@code m}. Reverse rule: the adjoints of all copies
 * of an element are summed back into it, {@code xbar_{m(i)} += ybar_i}.
 *
 * <p>The compiler inserts this node where a distribution parameter broadcasts
 * over part of the batch (e.g. {@code (G, 1)} against {@code (G, C)}); a
 * parameter shared by the whole batch is passed with stride 0 instead, without copying.
 */
public final class Broadcast extends Kernel {

    private final double[] x, xAdj;
    private final int[] map;

    public Broadcast(double[] x, double[] xAdj, int[] map, double[] out, double[] outAdj) {
        super(out, outAdj);
        this.x = x;
        this.xAdj = xAdj;
        this.map = map;
    }

    @Override public void forward() {
        for (int i = 0; i < out.length; i++) out[i] = x[map[i]];
    }

    @Override public void backward() {
        if (xAdj != null) for (int i = 0; i < out.length; i++) xAdj[map[i]] += outAdj[i];
    }
}
