package org.bayes4j.autodiff.compile;

import org.bayes4j.spi.model.Op;

/**
 * An op node: {@code node = op(inputs...)}, with the op's axis attribute
 * (non-negative for axis-wise ops, else -1).
 */
public record OpPlan(int node, Op op, int attribute, int[] inputs) {}
