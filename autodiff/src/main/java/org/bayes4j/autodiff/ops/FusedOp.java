package org.bayes4j.autodiff.ops;

/**
 * Kernels that stand for a small subgraph of {@link org.bayes4j.spi.model.Op}s, which the
 * compiler substitutes when the subgraph's intermediate values are used nowhere else: the
 * model keeps the user's ops, and the program computes the same numbers with fewer passes
 * over memory (the loop fusion of array compilers such as XLA or TVM).
 */
public enum FusedOp {

    /**
     * {@code add(gather(a, i), mul(gather(b, i), x))}, in either order of either op's
     * operands, with both gathers by the same single index array into tensors of one shape,
     * and {@code x} broadcast to the gathered shape: {@link GatheredAffine}, with inputs
     * {@code (a, b, i, x)}.
     */
    GATHERED_AFFINE
}
