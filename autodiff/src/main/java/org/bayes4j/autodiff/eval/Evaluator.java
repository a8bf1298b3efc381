package org.bayes4j.autodiff.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.bayes4j.autodiff.compile.DataSlot;
import org.bayes4j.autodiff.compile.FreeVariablePlan;
import org.bayes4j.autodiff.compile.NodeBuffers;
import org.bayes4j.autodiff.compile.Program;
import org.bayes4j.autodiff.ops.Kernel;
import org.bayes4j.spi.bijector.Bijector;
import org.bayes4j.spi.density.LogDensity;
import org.bayes4j.spi.model.Profile;

/**
 * The log density of a compiled model on unconstrained space, and its gradient
 * by one forward and one reverse sweep over preallocated buffers:
 * <p>{@code lp(theta) = sum_v [log p(y_v | parents) + log|det J_{f_v}(theta_v)|] + sum_o log p(data_o | parents) + sum_k sum(potential_k)},
 * <br>with {@code y_v = f_v(theta_v)} the constrained value of free variable {@code v}.
 *
 * <p>Returns {@code -inf} with a zero gradient wherever the density or its
 * gradient is not finite (see the package documentation).
 *
 * <p><b>Threading.</b> Single-threaded; a compiled model hands out one per chain.
 */
public final class Evaluator implements LogDensity {

    private final Program program;
    private final DataStore store;
    private final NodeBuffers buffers;
    private final Bijector[] bijectors;
    private final int[] freeNodes, thetaOffsets;
    private final CallSite[] priors, likelihoods;
    private final int[] potentials;
    private final int[] dataNodes;
    private int loadedVersion = -1;

    public Evaluator(Program program, DataStore store) {
        this.program = program;
        this.store = store;
        this.buffers = new NodeBuffers(program);
        FreeVariablePlan[] free = program.free();
        bijectors = new Bijector[free.length];
        freeNodes = new int[free.length];
        thetaOffsets = new int[free.length];
        priors = new CallSite[free.length];
        for (int i = 0; i < free.length; i++) {
            bijectors[i] = program.bijectors().create(free[i].support(), free[i].shape());
            freeNodes[i] = free[i].node();
            thetaOffsets[i] = free[i].thetaOffset();
            priors[i] = new CallSite(free[i].prior(), buffers, program.constant());
        }
        likelihoods = new CallSite[program.observed().length];
        for (int i = 0; i < likelihoods.length; i++) likelihoods[i] = new CallSite(program.observed()[i], buffers, program.constant());
        potentials = program.potentialNodes().clone();
        List<DataSlot> slots = program.data();
        dataNodes = new int[slots.size()];
        for (int i = 0; i < dataNodes.length; i++) dataNodes[i] = slots.get(i).node();
    }

    public Program program() { return program; }

    public NodeBuffers buffers() { return buffers; }

    public CallSite prior(int i) { return priors[i]; }

    public CallSite likelihood(int i) { return likelihoods[i]; }

    @Override public int dimension() { return program.dimension(); }

    /** Reloads data, recomputes constant nodes and versions the call sites' constant operands when the model's data changed since the last call. */
    public void refresh() {
        int v = store.version();
        if (v == loadedVersion) return;
        for (int i = 0; i < dataNodes.length; i++) {
            double[] src = store.values(i);
            System.arraycopy(src, 0, buffers.value[dataNodes[i]], 0, src.length);
        }
        buffers.runConstants();
        for (CallSite s : priors) s.versionConstants(v);
        for (CallSite s : likelihoods) s.versionConstants(v);
        loadedVersion = v;
    }

    private void checkLength(double[] theta) {
        if (theta.length != program.dimension()) {
            throw new IllegalArgumentException("theta has length " + theta.length + ", but model '" + program.model().name()
                    + "' has " + program.dimension() + " unconstrained coordinates");
        }
    }

    /** Constrains every free variable and runs the forward sweep of the ops; returns the sum of log|det J|. */
    public double forwardValues(double[] theta) {
        checkLength(theta);
        refresh();
        double logJacobian = 0;
        for (int i = 0; i < bijectors.length; i++) {
            logJacobian += bijectors[i].forward(theta, thetaOffsets[i], buffers.value[freeNodes[i]], 0);
        }
        buffers.forward();
        return logJacobian;
    }

    /** {@link #forwardValues} plus the ops that only feed deterministics: every node's value at {@code theta}. */
    public void forwardAll(double[] theta) {
        forwardValues(theta);
        buffers.forwardOutputs();
    }

    @Override public double logDensity(double[] theta) {
        double lp = forwardValues(theta);
        for (CallSite s : priors) lp += s.plan.family().logDensity(s.valuesOnly);
        for (CallSite s : likelihoods) lp += s.plan.family().logDensity(s.valuesOnly);
        for (int p : potentials) lp += sum(buffers.value[p]);
        return lp == lp && lp != Double.POSITIVE_INFINITY ? lp : Double.NEGATIVE_INFINITY;
    }

    @Override public double logDensityGradient(double[] theta, double[] gradOut) {
        buffers.zeroAdjoints();
        double lp = forwardValues(theta);
        // Family call sites are fused nodes: they add their analytic partials to the operands' adjoints now.
        for (CallSite s : priors) lp += s.plan.family().logDensity(s.withAdjoints);
        for (CallSite s : likelihoods) lp += s.plan.family().logDensity(s.withAdjoints);
        for (int p : potentials) {
            double[] v = buffers.value[p], a = buffers.adjoint[p];
            lp += sum(v);
            if (a != null) for (int j = 0; j < a.length; j++) a[j] += 1;
        }
        buffers.backward();
        Arrays.fill(gradOut, 0, program.dimension(), 0.0);
        for (int i = 0; i < bijectors.length; i++) {
            int node = freeNodes[i];
            bijectors[i].backward(theta, thetaOffsets[i], buffers.value[node], 0, buffers.adjoint[node], 0, 1.0, gradOut, thetaOffsets[i]);
        }
        return reject(lp, gradOut);
    }

    /** Stan's rule: a non-finite density or gradient rejects the point: -inf with a zero gradient. */
    private double reject(double lp, double[] grad) {
        boolean ok = lp == lp && Math.abs(lp) != Double.POSITIVE_INFINITY;
        if (ok) {
            for (int i = 0; i < program.dimension(); i++) {
                if (!Double.isFinite(grad[i])) {
                    ok = false;
                    break;
                }
            }
        }
        if (ok) return lp;
        Arrays.fill(grad, 0, program.dimension(), 0.0);
        return Double.NEGATIVE_INFINITY;
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        return s;
    }

    /**
     * Writes each observed event's log likelihood at the current forward values (after {@link #forwardValues}).
     * Entries a family leaves unwritten (one that stops at the first event outside the support) read {@code -inf}.
     */
    public void pointwise(double[] out) {
        int k = 0;
        for (CallSite s : likelihoods) {
            Arrays.fill(s.pointwise, Double.NEGATIVE_INFINITY);
            s.valuesOnly.withPointwise(s.pointwise);
            try {
                s.plan.family().logDensity(s.valuesOnly);
            } finally {
                s.valuesOnly.withPointwise(null);
            }
            System.arraycopy(s.pointwise, 0, out, k, s.pointwise.length);
            k += s.pointwise.length;
        }
    }

    /** Times each node over {@code evaluations} gradient sweeps at {@code theta}. */
    public Profile profile(double[] theta, int evaluations) {
        refresh();
        List<String> kinds = new ArrayList<>(), labels = new ArrayList<>();
        for (int i = 0; i < bijectors.length; i++) {
            kinds.add("bijector");
            labels.add(program.free()[i].name() + " (" + program.free()[i].support().name() + ")");
        }
        Kernel[] kernels = buffers.variableKernels;
        for (int i = 0; i < kernels.length; i++) {
            kinds.add("op");
            labels.add(program.labels()[buffers.variableOp(i).node()]);
        }
        CallSite[] sites = new CallSite[priors.length + likelihoods.length];
        System.arraycopy(priors, 0, sites, 0, priors.length);
        System.arraycopy(likelihoods, 0, sites, priors.length, likelihoods.length);
        for (CallSite s : sites) {
            kinds.add(s.plan.observed() ? "likelihood" : "prior");
            labels.add(s.label());
        }
        for (String p : program.potentialNames()) {
            kinds.add("potential");
            labels.add(p);
        }
        long[] nanos = new long[kinds.size()];
        double[] grad = new double[program.dimension()];
        long start = System.nanoTime();
        for (int e = 0; e < evaluations; e++) {
            buffers.zeroAdjoints();
            int k = 0;
            for (int i = 0; i < bijectors.length; i++, k++) {
                long t = System.nanoTime();
                bijectors[i].forward(theta, thetaOffsets[i], buffers.value[freeNodes[i]], 0);
                nanos[k] += System.nanoTime() - t;
            }
            for (Kernel kernel : kernels) {
                long t = System.nanoTime();
                kernel.forward();
                nanos[k++] += System.nanoTime() - t;
            }
            for (CallSite s : sites) {
                long t = System.nanoTime();
                s.plan.family().logDensity(s.withAdjoints);
                nanos[k++] += System.nanoTime() - t;
            }
            for (int p : potentials) {
                long t = System.nanoTime();
                double[] a = buffers.adjoint[p];
                sum(buffers.value[p]);
                if (a != null) for (int j = 0; j < a.length; j++) a[j] += 1;
                nanos[k++] += System.nanoTime() - t;
            }
            int opBase = bijectors.length;
            for (int i = kernels.length - 1; i >= 0; i--) {
                long t = System.nanoTime();
                kernels[i].backward();
                nanos[opBase + i] += System.nanoTime() - t;
            }
            Arrays.fill(grad, 0.0);
            for (int i = 0; i < bijectors.length; i++) {
                long t = System.nanoTime();
                int node = freeNodes[i];
                bijectors[i].backward(theta, thetaOffsets[i], buffers.value[node], 0, buffers.adjoint[node], 0, 1.0, grad, thetaOffsets[i]);
                nanos[i] += System.nanoTime() - t;
            }
        }
        long total = System.nanoTime() - start;
        long measured = 0;
        for (long t : nanos) measured += t;
        List<Profile.Entry> entries = new ArrayList<>();
        for (int i = 0; i < nanos.length; i++) {
            entries.add(new Profile.Entry(kinds.get(i), labels.get(i), nanos[i], measured == 0 ? 0 : (double) nanos[i] / measured));
        }
        entries.sort((a, b) -> Long.compare(b.nanos(), a.nanos()));
        return new Profile(evaluations, total, entries);
    }
}
