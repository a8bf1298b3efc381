/**
 * The primitive operations of a compiled model graph, one kernel per op.
 *
 * <p>Reverse-mode automatic differentiation splits every op {@code y = f(x_1, ..., x_k)}
 * into a <em>forward rule</em>, which computes {@code y} from the inputs, and a
 * <em>reverse rule</em> (the vector-Jacobian product), which, given the adjoint
 * {@code ybar = d lp / d y}, adds {@code J_i^T ybar} to each input's adjoint
 * {@code xbar_i}. Running the forward rules in topological order and then the
 * reverse rules in the opposite order computes the gradient of the scalar log
 * density at a cost of a small constant times one evaluation (Griewank &amp; Walther,
 * <i>Evaluating Derivatives</i>, 2nd ed., ch. 3; Carpenter et al. 2015, "The Stan Math
 * Library: reverse-mode automatic differentiation in C++").
 *
 * <p>A {@link org.bayes4j.autodiff.ops.Kernel} is bound once, at compile time, to the
 * {@code double[]} buffers of its inputs and output, and every index map it needs
 * (NumPy broadcasting, gathers, axis layouts) is precomputed then. Evaluating a
 * kernel therefore allocates nothing. Adjoint buffers are {@code null} for inputs
 * that do not depend on the parameters, and a reverse rule skips them.
 */
package org.bayes4j.autodiff.ops;
