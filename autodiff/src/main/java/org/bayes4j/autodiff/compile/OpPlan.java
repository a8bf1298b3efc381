package org.bayes4j.autodiff.compile;

import org.bayes4j.autodiff.ops.FusedOp;
import org.bayes4j.spi.model.Op;

/**
 * An op node: {@code node = op(inputs...)}, with the op's axis attribute
 * (non-negative for axis-wise ops, else -1). When {@code fused} is not null the
 * node is the root of a subgraph computed by one fused kernel ({@link OpFusion}):
 * {@code op} is the root's own op and {@code inputs} are the fused kernel's.
 */
public record OpPlan(int node, Op op, int attribute, int[] inputs, FusedOp fused) {

    public OpPlan(int node, Op op, int attribute, int[] inputs) {
        this(node, op, attribute, inputs, null);
    }
}
