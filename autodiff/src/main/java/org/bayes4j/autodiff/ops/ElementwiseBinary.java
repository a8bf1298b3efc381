package org.bayes4j.autodiff.ops;

/**
 * Base of the element-wise binary ops {@code y_i = f(a_{m_a(i)}, b_{m_b(i)})}
 * with NumPy broadcasting: {@code m_a}, {@code m_b} are the
 * {@link BroadcastIndex} maps from output elements to input elements. The
 * reverse rule of a broadcast input sums the partials of every output element
 * that read it, which the scatter {@code abar[m_a(i)] += ...} does by itself.
 */
public abstract class ElementwiseBinary extends Kernel {

    protected final double[] a, b, aAdj, bAdj;
    protected final int[] ia, ib;
    protected final int n;
    /** True when neither input is broadcast: both maps are the identity, and the loops index directly. */
    protected final boolean aligned;
    /** True when {@code a} is one element broadcast over a {@code b} read directly (a scalar times a vector, say). */
    protected final boolean aScalar;
    /** True when {@code b} is one element broadcast over an {@code a} read directly. */
    protected final boolean bScalar;
    /**
     * True when {@code a} is read directly and only {@code b} is broadcast (a row-wise scale such as
     * {@code (N, C) * (N, 1)}): the loops index {@code a} by position and skip one map.
     */
    protected final boolean aDirect;
    /** True when {@code b} is read directly and only {@code a} is broadcast. */
    protected final boolean bDirect;

    protected ElementwiseBinary(double[] a, double[] aAdj, int[] ia, double[] b, double[] bAdj, int[] ib,
                                double[] out, double[] outAdj) {
        super(out, outAdj);
        this.a = a;
        this.aAdj = aAdj;
        this.ia = ia;
        this.b = b;
        this.bAdj = bAdj;
        this.ib = ib;
        this.n = out.length;
        this.aligned = isIdentity(ia, a.length) && isIdentity(ib, b.length);
        this.aScalar = !aligned && a.length == 1 && isIdentity(ib, b.length);
        this.bScalar = !aligned && b.length == 1 && isIdentity(ia, a.length);
        this.aDirect = !aligned && isIdentity(ia, a.length);
        this.bDirect = !aligned && isIdentity(ib, b.length);
    }

    private static boolean isIdentity(int[] map, int inputSize) {
        if (map.length != inputSize) return false;
        for (int i = 0; i < map.length; i++) if (map[i] != i) return false;
        return true;
    }
}
