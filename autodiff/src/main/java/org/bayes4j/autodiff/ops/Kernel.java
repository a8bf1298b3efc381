package org.bayes4j.autodiff.ops;

/**
 * One op of a compiled graph, bound to its buffers: a forward rule writing
 * {@code y = f(x)} into {@link #out}, and a reverse rule adding
 * {@code J^T ybar} into the adjoints of the inputs.
 *
 * <p>Reverse rules <em>accumulate</em> ({@code +=}) because an input may feed
 * several ops; the evaluator zeroes every adjoint before a sweep. The reverse
 * rule is only called when the output has an adjoint (the node depends on the
 * parameters), and it skips inputs whose adjoint buffer is {@code null}.
 *
 * <p><b>Threading.</b> A kernel belongs to one evaluator and is used by one thread.
 */
public abstract class Kernel {

    /** The output values. */
    protected final double[] out;
    /** The output adjoint, {@code null} for a constant node. */
    protected final double[] outAdj;

    protected Kernel(double[] out, double[] outAdj) {
        this.out = out;
        this.outAdj = outAdj;
    }

    /** Computes the output from the inputs. */
    public abstract void forward();

    /** Adds the vector-Jacobian product of the output adjoint into the input adjoints. */
    public abstract void backward();

    public final double[] output() { return out; }
}
