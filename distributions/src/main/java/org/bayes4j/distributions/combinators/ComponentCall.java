package org.bayes4j.distributions.combinators;

import java.util.Arrays;
import java.util.Map;

import org.bayes4j.spi.distribution.CumulativeDistribution;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.distribution.Operand;
import org.bayes4j.spi.distribution.Operands;

/**
 * One component family evaluated on a slice of a combinator's call: the value and the parameters
 * {@code first .. first + arity - 1} of the parent {@link Operands}, copied into private buffers.
 *
 * <p><b>Why private adjoints.</b> A family adds $\partial \ell_b/\partial\theta$ into its operands'
 * adjoints with weight 1, but a combinator needs $\sum_b r_b\,\partial \ell_b/\partial\theta$ with a
 * per-event weight $r_b$ (a mixture's responsibility, a hurdle's $-p_0/(1-p_0)$). So the component
 * writes into zeroed per-event adjoint buffers of its own, and {@link #chain} adds $r_b$ times them
 * into the parent's adjoints. A broadcast parent parameter is materialised per event in the
 * sub-call (when it has an adjoint), because a stride-0 adjoint would already have summed the
 * events it must weight separately.
 *
 * <p><b>Allocation.</b> Built once per parent {@code Operands} (see {@link org.bayes4j.distributions.callsite.CallSiteCache}); each
 * evaluation only copies $O(\text{batch})$ doubles and zeroes the adjoints.
 */
final class ComponentCall {

    private final DistributionFamily family;
    private final int first;
    private final int batch;
    /** The value's source: {@link #PARENT_VALUE}, {@link #CONSTANT_VALUE} or the index of a parent parameter. */
    private final int valueSource;
    private final boolean parentValue;
    private final double[] valueData;
    private final double[] valueAdjoint;
    private final double[][] data;
    private final double[][] adjoint;
    private final boolean[] broadcast;
    private final int[] eventSizes;
    private final double[] pointwise;
    private final Operands sub;

    /**
     * @param parentValue whether the component's value is the parent's (with its adjoint) or a constant
     */
    ComponentCall(DistributionFamily family, Operands parent, int first, boolean parentValue) {
        this(family, parent, first, parentValue ? PARENT_VALUE : CONSTANT_VALUE);
    }

    /** The value is the parent's value. */
    static final int PARENT_VALUE = -1;
    /** The value is a constant set by {@link #setValue}. */
    static final int CONSTANT_VALUE = -2;

    /**
     * @param valueSource {@link #PARENT_VALUE}, {@link #CONSTANT_VALUE}, or the index of the parent parameter
     *                    whose values (and adjoint) are the component's points (a truncation bound)
     */
    ComponentCall(DistributionFamily family, Operands parent, int first, int valueSource) {
        this.family = family;
        this.first = first;
        this.batch = parent.batchSize();
        this.valueSource = valueSource;
        this.parentValue = valueSource != CONSTANT_VALUE;
        int arity = family.parameters().size();
        Operand v = source(parent);
        valueData = new double[batch * v.eventSize()];
        valueAdjoint = parentValue && v.hasAdjoint() ? new double[valueData.length] : null;
        Operand value = Operand.of(valueData, valueAdjoint, 0, false, parent.value().eventShape());
        data = new double[arity][];
        adjoint = new double[arity][];
        broadcast = new boolean[arity];
        eventSizes = new int[arity];
        Operand[] ops = new Operand[arity];
        for (int i = 0; i < arity; i++) {
            Operand p = parent.parameter(first + i);
            // a constant broadcast parameter stays broadcast; one with an adjoint is materialised per event
            broadcast[i] = p.isBroadcast() && !p.hasAdjoint();
            eventSizes[i] = p.eventSize();
            data[i] = new double[(broadcast[i] ? 1 : batch) * p.eventSize()];
            adjoint[i] = p.hasAdjoint() ? new double[data[i].length] : null;
            ops[i] = Operand.of(data[i], adjoint[i], 0, broadcast[i], p.eventShape());
        }
        sub = new Operands(batch, value, ops, Map.of());
        pointwise = new double[batch];
    }

    /** True when this sub-call was built for a parent of the same layout (batch, broadcasting, adjoints). */
    boolean fits(Operands parent) {
        if (parent.batchSize() != batch) return false;
        Operand v = source(parent);
        if (v.eventSize() * batch != valueData.length || (parentValue && v.hasAdjoint() != (valueAdjoint != null))) return false;
        for (int i = 0; i < data.length; i++) {
            Operand p = parent.parameter(first + i);
            if (p.eventSize() != eventSizes[i] || p.hasAdjoint() != (adjoint[i] != null)
                    || broadcast[i] != (p.isBroadcast() && !p.hasAdjoint())) return false;
        }
        return true;
    }

    /** Copies the parent's current value (when it is the component's value) and parameters, and zeroes the adjoints. */
    void load(Operands parent) {
        if (parentValue) {
            Operand v = source(parent);
            int n = v.eventSize();
            for (int b = 0; b < batch; b++) System.arraycopy(v.data(), v.start(b), valueData, b * n, n);
            if (valueAdjoint != null) Arrays.fill(valueAdjoint, 0);
        }
        for (int i = 0; i < data.length; i++) {
            Operand p = parent.parameter(first + i);
            int n = eventSizes[i];
            int events = broadcast[i] ? 1 : batch;
            for (int b = 0; b < events; b++) System.arraycopy(p.data(), p.start(b), data[i], b * n, n);
            if (adjoint[i] != null) Arrays.fill(adjoint[i], 0);
        }
    }

    /** Sets every event's (scalar) value to {@code y}: a hurdle evaluates its base at zero. */
    void setValue(double y) { Arrays.fill(valueData, y); }

    /** Sets event {@code b}'s (scalar) value. */
    void setValue(int b, double y) { valueData[b] = y; }

    /** Evaluates the component: per-event log densities in {@link #pointwise()}, partials in the private adjoints. */
    double evaluate() { return family.logDensity(sub.withPointwise(pointwise)); }

    /** Evaluates the component's log CDF ({@code upper}: log CCDF) at the values; the family must be a {@link CumulativeDistribution}. */
    double evaluateCdf(boolean upper) {
        CumulativeDistribution cdf = (CumulativeDistribution) family;
        sub.withPointwise(pointwise);
        return upper ? cdf.logCcdf(sub) : cdf.logCdf(sub);
    }

    private Operand source(Operands parent) { return valueSource >= 0 ? parent.parameter(valueSource) : parent.value(); }

    /** Per-event log densities of the last {@link #evaluate}. */
    double[] pointwise() { return pointwise; }

    /** Draws one event per batch entry from the component with the loaded parameters. */
    void sample(org.apache.commons.rng.UniformRandomProvider rng, double[] out) { family.sample(rng, sub, out, 0); }

    /**
     * Adds {@code weight[b * stride + column]} times event {@code b}'s partials into the parent's
     * adjoints; events of weight 0 are skipped (their partials may be infinite).
     */
    void chain(Operands parent, double[] weight, int stride, int column) {
        if (valueAdjoint != null) {
            Operand v = source(parent);
            int n = v.eventSize();
            for (int b = 0; b < batch; b++) {
                double r = weight[b * stride + column];
                if (r == 0) continue;
                for (int k = 0; k < n; k++) v.addAdjoint(b, k, r * valueAdjoint[b * n + k]);
            }
        }
        for (int i = 0; i < data.length; i++) {
            if (adjoint[i] == null) continue;
            Operand p = parent.parameter(first + i);
            int n = eventSizes[i];
            for (int b = 0; b < batch; b++) {
                double r = weight[b * stride + column];
                if (r == 0) continue;
                // a broadcast parent adjoint receives every event's share in its single cell
                for (int k = 0; k < n; k++) p.addAdjoint(b, k, r * adjoint[i][b * n + k]);
            }
        }
    }
}
