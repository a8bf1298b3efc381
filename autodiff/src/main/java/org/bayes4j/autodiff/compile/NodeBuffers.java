package org.bayes4j.autodiff.compile;

import org.bayes4j.autodiff.ops.Kernel;
import org.bayes4j.autodiff.ops.KernelFactory;

/**
 * The preallocated storage of one evaluator: a value array per node, an
 * adjoint array per non-constant node ({@code null} for constants), and the
 * op kernels bound to them. Allocated once; evaluations only overwrite.
 *
 * <p><b>Threading.</b> Owned by one evaluator, used by one thread.
 */
public final class NodeBuffers {

    public final double[][] value;
    public final double[][] adjoint;
    public final Kernel[] constantKernels;
    public final Kernel[] variableKernels;
    public final Kernel[] outputKernels;
    private final OpPlan[] variableOps;

    /**
     * @param inDensity whether each node feeds the log density; only those non-constant nodes get an adjoint
     */
    public NodeBuffers(int[][] shapes, boolean[] constant, boolean[] inDensity, LeafPlan[] leaves, OpPlan[] constantOps,
                       OpPlan[] variableOps, OpPlan[] outputOps) {
        int n = shapes.length;
        value = new double[n][];
        adjoint = new double[n][];
        for (int i = 0; i < n; i++) {
            int size = 1;
            for (int s : shapes[i]) size *= s;
            value[i] = new double[size];
            adjoint[i] = constant[i] || !inDensity[i] ? null : new double[size];
        }
        for (LeafPlan leaf : leaves) {
            if (leaf.dataName() == null) System.arraycopy(leaf.constantValues(), 0, value[leaf.node()], 0, value[leaf.node()].length);
        }
        constantKernels = kernels(constantOps, shapes);
        variableKernels = kernels(variableOps, shapes);
        outputKernels = kernels(outputOps, shapes);
        this.variableOps = variableOps;
    }

    public NodeBuffers(Program p) {
        this(p.shapes(), p.constant(), p.inDensity(), p.leaves(), p.constantOps(), p.variableOps(), p.outputOps());
    }

    private Kernel[] kernels(OpPlan[] ops, int[][] shapes) {
        Kernel[] k = new Kernel[ops.length];
        for (int i = 0; i < ops.length; i++) {
            OpPlan op = ops[i];
            int m = op.inputs().length;
            int[][] inShapes = new int[m][];
            double[][] in = new double[m][], inAdj = new double[m][];
            for (int j = 0; j < m; j++) {
                int node = op.inputs()[j];
                inShapes[j] = shapes[node];
                in[j] = value[node];
                inAdj[j] = adjoint[node];
            }
            k[i] = op.fused() != null
                    ? KernelFactory.createFused(op.fused(), inShapes, shapes[op.node()], in, inAdj, value[op.node()], adjoint[op.node()])
                    : KernelFactory.create(op.op(), op.attribute(), inShapes, shapes[op.node()], in, inAdj,
                    value[op.node()], adjoint[op.node()]);
        }
        return k;
    }

    /** Recomputes every constant op (after data leaves were loaded). */
    public void runConstants() {
        for (Kernel k : constantKernels) k.forward();
    }

    /** Forward sweep over the parameter-dependent ops. */
    public void forward() {
        Kernel[] ks = variableKernels;
        for (int i = 0; i < ks.length; i++) ks[i].forward();
    }

    /** Forward sweep over the ops that only feed deterministics (after {@link #forward()}). */
    public void forwardOutputs() {
        for (Kernel k : outputKernels) k.forward();
    }

    /** Reverse sweep: adjoints flow from each op's output to its inputs, last op first. */
    public void backward() {
        Kernel[] ks = variableKernels;
        for (int i = ks.length - 1; i >= 0; i--) ks[i].backward();
    }

    /** Zeroes every adjoint before a gradient sweep. */
    public void zeroAdjoints() {
        for (double[] a : adjoint) if (a != null) java.util.Arrays.fill(a, 0.0);
    }

    /** The plan of variable kernel {@code i} (for profiles). */
    public OpPlan variableOp(int i) { return variableOps[i]; }
}
