package org.bayes4j.spi.model;

/**
 * The primitive operations of a model graph. Each compiled back end gives every
 * op a forward rule and a reverse (adjoint) rule; the rules are stated here so
 * the back end and its tests agree on them.
 */
public enum Op {
    /** {@code a + b}; adjoints {@code 1, 1}, summed over broadcast axes. */
    ADD(2),
    /** {@code a - b}; adjoints {@code 1, -1}. */
    SUB(2),
    /** {@code a * b}; adjoints {@code b, a}. */
    MUL(2),
    /** {@code a / b}; adjoints {@code 1/b, -a/b^2}. */
    DIV(2),
    /** {@code a ^ b}; adjoints {@code b a^(b-1)}, {@code a^b log a}. */
    POW(2),
    /** {@code -a}. */
    NEG(1),
    /** {@code e^a}; adjoint {@code e^a}. */
    EXP(1),
    /** {@code log a}; adjoint {@code 1/a}. */
    LOG(1),
    /** {@code log(1+a)}; adjoint {@code 1/(1+a)}. */
    LOG1P(1),
    /** {@code logistic(a) = 1/(1+e^{-a})}; adjoint {@code s(1-s)}. */
    INV_LOGIT(1),
    /** {@code log logistic(a)}; adjoint {@code 1 - logistic(a)}. */
    LOG_INV_LOGIT(1),
    /** {@code a^2}; adjoint {@code 2a}. */
    SQUARE(1),
    /** {@code sqrt(a)}; adjoint {@code 1/(2 sqrt a)}. */
    SQRT(1),
    /** {@code tanh(a)}; adjoint {@code 1 - tanh^2}. */
    TANH(1),
    /** Sum of all elements; adjoint broadcasts back. */
    SUM(1),
    /** Sum over axis {@code attr}. */
    SUM_AXIS(1),
    /** {@code log sum exp} of all elements; adjoint is the softmax. */
    LOG_SUM_EXP(1),
    /** {@code log sum exp} over axis {@code attr}. */
    LOG_SUM_EXP_AXIS(1),
    /** Softmax over axis {@code attr}; adjoint {@code s (g - <g, s>)}. */
    SOFTMAX(1),
    /** Log-softmax over axis {@code attr}; adjoint {@code g - s sum(g)}. */
    LOG_SOFTMAX(1),
    /** Integer-array indexing of leading axes; adjoint scatters-adds back. Inputs: tensor, then index arrays. */
    GATHER(-1),
    /** Matrix / matrix-vector / vector-matrix product; adjoints {@code G B^T}, {@code A^T G}. */
    MATMUL(2),
    /** Element-wise {@code cond ? a : b} with a constant condition. Inputs: condition, a, b. */
    WHERE(3),
    /** Concatenation along axis {@code attr}. */
    CONCAT(-1),
    /** Same values, new dims. */
    RESHAPE(1),
    /** Broadcast to the node's dims. */
    BROADCAST(1),
    /** Swaps the last two axes. */
    TRANSPOSE(1),
    /** Batched matrix-vector product {@code (..., n, m) x (..., m) -> (..., n)}, batch axes broadcast. */
    MATVEC(2);

    private final int arity;

    Op(int arity) { this.arity = arity; }

    /** Number of inputs, or -1 when variadic. */
    public int arity() { return arity; }

    public boolean isElementwiseUnary() {
        return arity == 1 && ordinal() >= NEG.ordinal() && ordinal() <= TANH.ordinal();
    }

    public boolean isElementwiseBinary() { return arity == 2 && this != MATMUL && this != MATVEC; }
}
