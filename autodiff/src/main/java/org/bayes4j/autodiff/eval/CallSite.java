package org.bayes4j.autodiff.eval;

import java.util.ArrayList;
import java.util.List;

import org.bayes4j.autodiff.compile.CallSitePlan;
import org.bayes4j.autodiff.compile.NodeBuffers;
import org.bayes4j.spi.distribution.Operand;
import org.bayes4j.spi.distribution.Operands;

/**
 * One family call bound to an evaluator's buffers: the {@link Operands} the
 * family reads, built once. Two views share the same value arrays: one with
 * adjoint buffers (gradient sweeps) and one without (value-only sweeps,
 * pointwise log-likelihoods and sampling), so a value-only evaluation does not
 * pay for partials. Operands of constant nodes (data, and what is computed from
 * data alone) carry the data version ({@link Operand#version()}), so a family
 * may keep what it derived from them until the data are replaced.
 */
public final class CallSite {

    public final CallSitePlan plan;
    public final Operands withAdjoints;
    public final Operands valuesOnly;
    public final double[] pointwise;
    /** The operands of constant nodes, in both views. */
    private final Operand[] constants;

    /**
     * @param constant whether each node of the program is constant
     */
    public CallSite(CallSitePlan plan, NodeBuffers b, boolean[] constant) {
        this.plan = plan;
        int n = plan.paramNodes().length;
        Operand[] withAdj = new Operand[n], without = new Operand[n];
        for (int i = 0; i < n; i++) {
            int node = plan.paramNodes()[i];
            boolean broadcast = plan.paramBroadcast()[i];
            int[] event = plan.paramEventShapes()[i];
            withAdj[i] = Operand.of(b.value[node], b.adjoint[node], 0, broadcast, event);
            without[i] = Operand.of(b.value[node], null, 0, broadcast, event);
        }
        int v = plan.valueNode();
        withAdjoints = new Operands(plan.batchSize(), Operand.of(b.value[v], b.adjoint[v], 0, false, plan.valueEventShape()),
                withAdj, plan.options());
        valuesOnly = new Operands(plan.batchSize(), Operand.of(b.value[v], null, 0, false, plan.valueEventShape()),
                without, plan.options());
        pointwise = new double[plan.batchSize()];
        List<Operand> fixed = new ArrayList<>();
        if (constant[v]) {
            fixed.add(withAdjoints.value());
            fixed.add(valuesOnly.value());
        }
        for (int i = 0; i < n; i++) {
            if (constant[plan.paramNodes()[i]]) {
                fixed.add(withAdj[i]);
                fixed.add(without[i]);
            }
        }
        constants = fixed.toArray(new Operand[0]);
    }

    /** Marks the operands of constant nodes as holding the values of data version {@code version}. */
    public void versionConstants(long version) {
        for (Operand o : constants) o.withVersion(version);
    }

    public String label() { return plan.variable() + " ~ " + plan.family().name(); }
}
